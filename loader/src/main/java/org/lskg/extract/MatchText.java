package org.lskg.extract;

import org.lskg.text.Fold;


/**
 * A sentence prepared for pattern matching without moving any character: dashes unified to "-", curly
 * quotes to straight ones, and old-style tone placement ("hoà", "uỷ") moved to the new style ("hòa",
 * "ủy"). Each change keeps the length, so an offset in the match text is an offset in the sentence.
 */
final class MatchText {

    private MatchText() {}

    static String normalize(String s) {
        String t = s.replace('–', '-').replace('—', '-').replace('‐', '-')
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
        return Fold.modernTones(t);
    }
}
