package org.lskg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SourceFilesTest {

    @Test
    void everyFormatLskgReadsSortedReadmeAndOthersLeftOut(@TempDir Path dir) throws IOException {
        for (String n : List.of("b.pdf", "a.txt", "c.docx", "README.md", "d.html", "e.HTM", "f.md", "g.jpg", "h.doc")) {
            Files.writeString(dir.resolve(n), "x");
        }
        List<String> names = SourceFiles.collect(List.of(dir)).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("a.txt", "b.pdf", "c.docx", "d.html", "e.HTM", "f.md"), names);
    }
}
