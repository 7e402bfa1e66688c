package org.lskg.extract;

import org.lskg.text.Fold;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the fixed names of a {@link NameLexicon} with two regular expressions per sentence: all forms
 * compiled into two alternations, longest form first, so that at each position the longest name wins. Names of three
 * words or more match whatever their case ("Hội đồng dân tộc của Quốc hội"); shorter ones only as
 * written, since "Anh" or "Nga" in lower case are ordinary words. A match is mapped back to its name by
 * its {@link Fold#key} (tone placement, case, dashes and spacing neutralised).
 */
final class FixedNames {

    private final Pattern exactCase;
    private final Pattern anyCase;
    private final Map<String, NameLexicon.Name> byKey = new HashMap<>();

    FixedNames(NameLexicon lexicon) {
        List<String[]> forms = new java.util.ArrayList<>();
        for (NameLexicon.Name n : lexicon.names()) {
            for (String form : n.forms()) {
                if (byKey.putIfAbsent(Fold.key(form), n) == null) forms.add(new String[] {form});
            }
        }
        forms.sort(Comparator.comparingInt((String[] f) -> f[0].length()).reversed());
        this.exactCase = alternation(forms.stream().map(f -> f[0]).filter(f -> words(f) < 3).toList(), 0);
        this.anyCase = alternation(forms.stream().map(f -> f[0]).filter(f -> words(f) >= 3).toList(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Adds a mention for each fixed name in the sentence. */
    void find(Context ctx) {
        for (Pattern p : new Pattern[] {anyCase, exactCase}) {
            if (p == null) continue;
            // one match per starting position, so a name inside a longer one is found too
            // ("vùng Trung du và miền núi phía Bắc" inside "Quy hoạch vùng Trung du ...")
            Matcher m = p.matcher(ctx.text());
            for (int from = 0; from < ctx.text().length() && m.find(from); from = m.start() + 1) {
                NameLexicon.Name n = byKey.get(Fold.key(m.group()));
                if (n != null) ctx.add(m.start(), m.end(), n.category(), n.label());
            }
        }
    }

    private static int words(String form) {
        return form.strip().split("\\s+").length;
    }

    private static Pattern alternation(List<String> forms, int flags) {
        if (forms.isEmpty()) return null;
        String body = forms.stream().map(FixedNames::flexible).collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])", flags);
    }

    /** A form as written, tolerant of tone placement (the text is normalised), dash style and spacing. */
    private static String flexible(String form) {
        StringBuilder re = new StringBuilder();
        String[] tokens = MatchText.normalize(form).split("\\s+");
        for (int i = 0; i < tokens.length; i++) {
            if (i > 0) re.append(tokens[i].equals("-") || tokens[i - 1].equals("-") ? "\\s*" : "\\s+");
            re.append(Pattern.quote(tokens[i]));
        }
        return re.toString();
    }
}
