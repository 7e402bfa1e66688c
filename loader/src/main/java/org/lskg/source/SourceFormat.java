package org.lskg.source;

import java.util.Locale;
import java.util.Optional;

/** The file formats lskg reads, each with the file-name extensions a folder search picks up. */
public enum SourceFormat {
    /** Plain text: UTF-8, UTF-16 or Windows-1258, as typed or as pasted from a PDF viewer. */
    TEXT("txt"),
    /** Markdown, as web pages are saved by converters; its markup is stripped by the document layer. */
    MARKDOWN("md"),
    /** A PDF with a text layer (gazette editions, portal downloads); scans without one are refused. */
    PDF("pdf"),
    /** A Word 2007+ document (Office Open XML). */
    DOCX("docx"),
    /** A saved web page. */
    HTML("html", "htm");

    private final String[] extensions;

    SourceFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format a file name's extension announces, if it is one of lskg's. */
    public static Optional<SourceFormat> byFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        for (SourceFormat f : values()) {
            for (String e : f.extensions) {
                if (n.endsWith("." + e)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** "*.txt, *.md, *.pdf, *.docx, *.html, *.htm": for messages and help texts. */
    public static String patterns() {
        StringBuilder sb = new StringBuilder();
        for (SourceFormat f : values()) {
            for (String e : f.extensions) {
                sb.append(sb.length() == 0 ? "" : ", ").append("*.").append(e);
            }
        }
        return sb.toString();
    }
}
