package org.defstats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pass over the bytes of a file that finds the first line with a NUL byte and the first line that is not
 * strict UTF-8 (as the JDK's decoder judges it: no overlong forms, no surrogates, nothing above U+10FFFF, no
 * sequence cut by a line end). Lines end at LF, CRLF or CR and are numbered from 1; 0 means none.
 */
record Utf8Scan(long nul, long notUtf8) {

    static Utf8Scan of(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return of(in);
        }
    }

    static Utf8Scan of(InputStream in) throws IOException {
        long nul = 0;
        long notUtf8 = 0;
        long line = 1;
        int need = 0;
        int low = 0x80;
        int high = 0xBF;
        boolean bad = false;
        boolean afterCr = false;
        byte[] buffer = new byte[1 << 16];
        {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (b == '\n' || b == '\r') {
                        if (b == '\n' && afterCr) {
                            afterCr = false;
                            continue;
                        }
                        if ((bad || need > 0) && notUtf8 == 0) {
                            notUtf8 = line;
                        }
                        afterCr = b == '\r';
                        line++;
                        need = 0;
                        low = 0x80;
                        high = 0xBF;
                        bad = false;
                        continue;
                    }
                    afterCr = false;
                    if (b == 0 && nul == 0) {
                        nul = line;
                    }
                    if (need > 0) {
                        if (b < low || b > high) {
                            bad = true;
                            need = 0;
                            low = 0x80;
                            high = 0xBF;
                            // the byte may start a sequence of its own, as the JDK's decoder reads it
                            i--;
                            continue;
                        }
                        need--;
                        low = 0x80;
                        high = 0xBF;
                        continue;
                    }
                    if (b < 0x80) {
                        continue;
                    }
                    if (b >= 0xC2 && b <= 0xDF) {
                        need = 1;
                    }
                    else if (b >= 0xE0 && b <= 0xEF) {
                        need = 2;
                        low = b == 0xE0 ? 0xA0 : 0x80;
                        high = b == 0xED ? 0x9F : 0xBF;
                    }
                    else if (b >= 0xF0 && b <= 0xF4) {
                        need = 3;
                        low = b == 0xF0 ? 0x90 : 0x80;
                        high = b == 0xF4 ? 0x8F : 0xBF;
                    }
                    else {
                        bad = true;
                    }
                }
            }
        }
        if ((bad || need > 0) && notUtf8 == 0) {
            notUtf8 = line;
        }
        return new Utf8Scan(nul, notUtf8);
    }
}
