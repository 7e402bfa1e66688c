package org.lskg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The help's descriptions read as paragraphs: no line cut short in the middle of one. */
class HelpTextTest {

    @Test
    void joinsLinesIntoParagraphsAndKeepsBlankAndIndentedLines() {
        assertArrayEquals(new String[] {"Serve the store: lskg's pages at / (search, documents) and more.", "",
                        "  lskg serve", "Then this."},
                HelpText.paragraphs(new String[] {"Serve the store: lskg's pages at / (search,", "documents) and more.",
                        "", "  lskg serve", "Then this."}));
    }

    @Test
    void everyCommandsDescriptionIsWrappedEvenly() {
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.commandLine(), commands);
        assertTrue(commands.size() >= 14, "commands: " + commands.size());
        for (CommandLine c : commands) {
            // the description: every line but a paragraph's last fills most of the width
            String[] lines = c.getHelp().description().split("\n", -1);
            for (int i = 0; i + 1 < lines.length; i++) {
                boolean last = lines[i + 1].isBlank() || lines[i].isBlank() || lines[i + 1].startsWith(" ");
                assertTrue(last || lines[i].strip().length() >= 50,
                        c.getCommandName() + ": a line cut short: '" + lines[i] + "'");
            }
            // the options: a line continued on the next fills most of the description column
            String[] options = c.getHelp().optionList().split("\n", -1);
            for (int i = 0; i + 1 < options.length; i++) {
                boolean continued = options[i + 1].startsWith(" ".repeat(20));
                boolean continuation = options[i].startsWith(" ".repeat(20));
                assertTrue(!continued || !continuation || options[i].strip().length() >= 30,
                        c.getCommandName() + ": an option's line cut short: '" + options[i] + "'");
            }
        }
    }

    private static void collect(CommandLine c, List<CommandLine> into) {
        into.add(c);
        c.getSubcommands().values().forEach(s -> collect(s, into));
    }
}
