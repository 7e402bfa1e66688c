package org.lskg.extract;

import org.lskg.document.Sentence;
import org.lskg.text.PersonNames;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.lskg.extract.Patterns.BEFORE;

/**
 * Persons: a name of two to four capitalised syllables after "đồng chí", "ông", "bà" or a post ("Thủ
 * tướng Chính phủ Phạm Minh Chính", "Bộ trưởng ..."), and the signer's name alone on its line.
 */
final class PersonRules {

    /** Syllables that start a post or a body, not a name: "Trần Văn Sơn Bộ trưởng" ends before "Bộ". */
    private static final String NOT_NAME = "(?!(?:Bộ|Phó|Chủ|Ủy|Uỷ|Bí|Trưởng|Giám|Thủ|Chánh|Tổng|Thường|Ban|Tỉnh|"
            + "Hội|Trợ|Cục|Viện|Sở|UBND|HĐND|Văn(?=\\s+phòng))(?![\\p{Ll}\\p{M}]))";
    private static final String SYL = NOT_NAME + "\\p{Lu}[\\p{Ll}\\p{M}]*";
    private static final String NAME = SYL + "(?:\\s+" + SYL + "){1,3}";
    private static final Pattern TITLED = Pattern.compile(BEFORE + "(?:đồng chí|Đồng chí|ông|Ông|bà|Bà)\\s+(" + NAME + ")(?![\\p{L}])");
    private static final Pattern POSTED = Pattern.compile(BEFORE + "(?:Thủ tướng Chính phủ|Phó Thủ tướng|Bộ trưởng|Thứ trưởng|"
            + "Chủ nhiệm|Phó Chủ nhiệm)\\s+(" + NAME + ")(?![\\p{L}])");

    void find(Context ctx) {
        for (Pattern p : new Pattern[] {TITLED, POSTED}) {
            Matcher m = p.matcher(ctx.text());
            while (m.find()) {
                ctx.add(m.start(1), m.end(1), EntityCategory.PERSON, m.group(1));
            }
        }
        Sentence s = ctx.sentence();
        if (s.part() == Sentence.Part.TAIL && PersonNames.isName(s.text())) {
            ctx.add(0, s.text().length(), EntityCategory.PERSON, s.text());
        }
    }
}
