package org.lskg.text;

import com.ibm.icu.text.Normalizer2;

/** Tone-mark placement: moves the tone of a two-vowel rhyme from its second vowel to its first. */
final class Tones {
    private Tones() {}

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** "oà" → "òa", "uỷ" → "ủy": the tone mark moves, every other mark stays where it was. */
    static String moveToFirst(String pair) {
        String d = NFD.normalize(pair);
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        String tone = "";
        boolean inSecond = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            if (!mark && first.length() > 0) {
                inSecond = true;
            }
            if (mark && TONES.indexOf(c) >= 0) {
                tone = String.valueOf(c);
            } else {
                (inSecond ? second : first).append(c);
            }
        }
        return NFC.normalize(first + tone + second);
    }
}
