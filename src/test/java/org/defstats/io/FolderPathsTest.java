package org.defstats.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Names from files resolve inside their folder, and only there. */
class FolderPathsTest {

    private final Path folder = Path.of("/data/output/arrivals/runs/R1");

    @Test
    void namesInsideTheFolderResolveNormalized() {
        assertThat(FolderPaths.inside(folder, "tables/yearly.csv")).isEqualTo(folder.resolve("tables/yearly.csv"));
        assertThat(FolderPaths.inside(folder, "./x.csv")).isEqualTo(folder.resolve("x.csv"));
        assertThat(FolderPaths.inside(folder, "a/../x.csv")).isEqualTo(folder.resolve("x.csv"));
    }

    @Test
    void namesLeadingOutOrNamingNoFileAreRefusedInOneLine() {
        for (String name : new String[] {"../../etc/hostname", "/etc/hostname", "", ".", "a/../..", "x\0y"}) {
            assertThat(FolderPaths.isInside(folder, name)).as(name).isFalse();
        }
        assertThatThrownBy(() -> FolderPaths.inside(folder, "../x.csv"))
                .isInstanceOf(FolderPaths.OutsideFolderException.class)
                .hasMessage("'../x.csv' does not name a file inside " + folder);
        assertThat(FolderPaths.isInside(folder, null)).isFalse();
    }
}
