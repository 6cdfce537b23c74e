package org.defstats.cli;

import java.io.PrintStream;

/**
 * The one place where text becomes console output: every stream defstats prints to is wrapped here, so that
 * text from inputs, job files, file names and exception messages is shown inert. Control characters (C0 but
 * tab, DEL, C1), line and paragraph separators and bidi embeddings, overrides and isolates are shown as
 * visible escapes such as {@code \n} or {@code \u001b}: an input cannot retitle the terminal, clear it, forge
 * a console line or reorder what a line says. A printed line is one line; only text printed as a block (the
 * help) keeps its own line breaks.
 */
final class Console extends PrintStream {

    private final PrintStream raw;

    private Console(PrintStream raw) {
        super(raw, true);
        this.raw = raw;
    }

    /** {@code stream} with everything printed through it made visible; a stream already wrapped is kept. */
    static PrintStream inert(PrintStream stream) {
        return stream instanceof Console ? stream : new Console(stream);
    }

    /** {@code text} as one console line: every character a terminal would act on shown as an escape. */
    static String visible(String text) {
        return visible(text, false);
    }

    private static String visible(String text, boolean keepLineBreaks) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hostile = (c < 0x20 && c != '\t' && !(keepLineBreaks && c == '\n'))
                    || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
            if (hostile && shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (shown != null) {
                shown.append(hostile ? escape(c) : String.valueOf(c));
            }
        }
        return shown == null ? text : shown.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    @Override
    public void println(String line) {
        raw.println(visible(String.valueOf(line)));
    }

    @Override
    public void println(Object line) {
        println(String.valueOf(line));
    }

    @Override
    public void println(char[] line) {
        println(new String(line));
    }

    @Override
    public void println(char c) {
        println(String.valueOf(c));
    }

    @Override
    public void println() {
        raw.println();
    }

    @Override
    public void print(String text) {
        raw.print(visible(String.valueOf(text), true));
    }

    @Override
    public void print(Object text) {
        print(String.valueOf(text));
    }

    @Override
    public void print(char[] text) {
        print(new String(text));
    }

    @Override
    public void print(char c) {
        print(String.valueOf(c));
    }

    @Override
    public void flush() {
        raw.flush();
    }
}
