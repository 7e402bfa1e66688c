package org.lskg.document;

import org.lskg.text.DateMention;
import org.lskg.text.PersonNames;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting a conclusion notice reports on. Its title names who concluded and at what
 * ("Kết luận của đồng chí X, Phó Chủ tịch UBND tỉnh tại Hội nghị ..."); its first paragraph says when
 * and where ("Ngày 14 tháng 11 năm 2021, tại trụ sở Tỉnh ủy Lạng Sơn, ...").
 */
final class MeetingReader {

    private static final Pattern CONCLUSION = Pattern.compile(
            "(?iu)^(?:ý kiến\\s+)?kết luận\\s+(?:của\\s+)?(?:đồng chí\\s+)?(.+?)\\s+(?:tại|trong)\\s+(.+)$");
    private static final Pattern PLACE = Pattern.compile("(?u),\\s*tại\\s+([^,;]+?)\\s*,");

    private MeetingReader() {}

    /** The meeting, when the title is a conclusion's; {@code body} holds the first body sentences. */
    static Optional<Meeting> read(Optional<String> title, List<Sentence> body) {
        if (title.isEmpty()) return Optional.empty();
        Matcher m = CONCLUSION.matcher(title.get());
        if (!m.find()) return Optional.empty();
        String who = m.group(1).strip();
        String name = m.group(2).strip();
        Optional<String> chair = Optional.empty();
        Optional<String> post = Optional.empty();
        int comma = who.indexOf(',');
        if (comma > 0 && PersonNames.isName(who.substring(0, comma))) {
            chair = Optional.of(who.substring(0, comma).strip());
            post = Optional.of(who.substring(comma + 1).strip());
        } else {
            Optional<String[]> split = PersonNames.splitPostAndName(who);
            if (split.isPresent() && !split.get()[0].isEmpty()) {
                post = Optional.of(split.get()[0]);
                chair = Optional.of(split.get()[1]);
            } else {
                post = Optional.of(who);
            }
        }
        Optional<String> date = Optional.empty();
        Optional<String> place = Optional.empty();
        for (Sentence s : body.subList(0, Math.min(2, body.size()))) {
            Optional<DateMention> d = DateMention.first(s.text()).filter(x -> x.day().isPresent() && x.start() < 12);
            if (d.isPresent()) {
                date = Optional.of(d.get().iso());
                Matcher p = PLACE.matcher(s.text());
                if (p.find()) place = Optional.of(p.group(1));
                break;
            }
        }
        return Optional.of(new Meeting(name, date, place, chair, post));
    }
}
