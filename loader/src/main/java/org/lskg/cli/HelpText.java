package org.lskg.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The help's descriptions as paragraphs. The commands' and options' descriptions are written in the source as lines
 * of about 110 characters, each an element of an annotation's array; picocli prints each element as a line of its
 * own, wrapped at the help's width (80), which cut every description into a long line and a stub ("... commitments
 * / and their / timelines ..."). Here consecutive lines are joined into one paragraph, which picocli wraps evenly; an
 * empty line still separates paragraphs, and a line that starts with a space (a list, an example) keeps its own.
 * Footers (examples, exit codes) are left as written.
 */
final class HelpText {

    private HelpText() {}

    /** Reflows the descriptions of {@code commandLine}'s command and of every subcommand, recursively. */
    static void reflow(CommandLine commandLine) {
        CommandSpec spec = commandLine.getCommandSpec();
        spec.usageMessage().description(paragraphs(spec.usageMessage().description()));
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.group() == null && option.description().length > 1) {
                spec.remove(option);
                spec.addOption(OptionSpec.builder(option).description(paragraphs(option.description())).build());
            }
        }
        for (PositionalParamSpec positional : List.copyOf(spec.positionalParameters())) {
            if (positional.group() == null && positional.description().length > 1) {
                spec.remove(positional);
                spec.addPositional(PositionalParamSpec.builder(positional)
                        .description(paragraphs(positional.description())).build());
            }
        }
        commandLine.getSubcommands().values().forEach(HelpText::reflow);
    }

    /** {@code lines} joined into paragraphs, as the class says. */
    static String[] paragraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = null;
        for (String line : lines) {
            boolean own = line.isEmpty() || Character.isWhitespace(line.charAt(0));
            if (own) {
                if (paragraph != null) {
                    out.add(paragraph.toString());
                    paragraph = null;
                }
                out.add(line);
            } else if (paragraph == null) {
                paragraph = new StringBuilder(line.strip());
            } else {
                paragraph.append(' ').append(line.strip());
            }
        }
        if (paragraph != null) {
            out.add(paragraph.toString());
        }
        return out.toArray(String[]::new);
    }
}
