package org.lskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a directive names as responsible: the bodies that open it as its subject, possibly after "Giao",
 * "Đề nghị", "Yêu cầu" ("Giao Bộ Tài nguyên và Môi trường chủ trì", "Hội đồng thẩm định nhà nước và các
 * Bộ: Nông nghiệp ..., Lao động ... khẩn trương ...") are leads; bodies after "phối hợp với", "làm việc
 * với", "cùng" are partners. Generic collectives ("các sở, ban, ngành") are not recognised as bodies and
 * so count as no one.
 */
final class ResponsibilityReader {

    private static final Pattern OPENING = Pattern.compile("(?iu)^\\s*(?:giao(?:\\s+cho)?|đề nghị|yêu cầu|đồng ý(?:\\s+để)?|"
            + "chỉ đạo|ủy quyền)\\s+");
    /** What may stand between the bodies of a subject: commas, "và", "các Bộ:", "cùng". */
    private static final Pattern CONNECTOR = Pattern.compile("(?iu)^\\s*(?:,|;|và|với|cùng|các\\s+(?:Bộ|Sở)\\s*:|:)\\s*");
    private static final Pattern PARTNER_CUE = Pattern.compile("(?iu)(phối hợp(?:\\s+chặt chẽ)?(?:\\s+với)?|làm việc(?:\\s+với)?|cùng với)\\s+$");

    /** The responsible bodies of a clause [start, end) of a sentence with its top-level mentions. */
    static List<Responsibility> read(String text, int start, int end, List<EntityMention> mentions) {
        List<Responsibility> out = new ArrayList<>();
        List<EntityMention> actors = mentions.stream()
                .filter(m -> m.start() >= start && m.end() <= end)
                .filter(m -> m.category() == EntityCategory.AGENCY || m.category() == EntityCategory.PLACE)
                .toList();
        int p = start;
        Matcher open = OPENING.matcher(text.substring(start, end));
        if (open.find()) p = start + open.end();
        // the subject: bodies one after another at the opening
        boolean progressed = true;
        while (progressed && p < end) {
            progressed = false;
            for (EntityMention m : actors) {
                if (m.start() == p) {
                    add(out, m, Responsibility.Role.LEAD);
                    p = m.end();
                    progressed = true;
                    break;
                }
            }
            Matcher c = CONNECTOR.matcher(text.substring(p, end));
            if (c.lookingAt() && c.end() > 0) {
                p += c.end();
                progressed = true;
            }
        }
        // partners: bodies after "phối hợp với", "làm việc với", and the list that follows
        for (EntityMention m : actors) {
            if (m.start() < p) continue;
            String before = text.substring(Math.max(start, m.start() - 30), m.start());
            if (PARTNER_CUE.matcher(before).find() || followsPartner(text, out, m, actors)) {
                add(out, m, Responsibility.Role.PARTNER);
            }
        }
        return out;
    }

    /** "làm việc với Bộ Giao thông vận tải, tỉnh Quảng Ninh": a body right after a partner, joined by a comma or "và". */
    private static boolean followsPartner(String text, List<Responsibility> found, EntityMention m, List<EntityMention> actors) {
        for (EntityMention prev : actors) {
            if (prev.end() > m.start() || found.stream().noneMatch(r -> r.role() == Responsibility.Role.PARTNER
                    && r.label().equals(prev.label()))) continue;
            String gap = text.substring(prev.end(), m.start());
            if (gap.matches("\\s*(,|và|,\\s*và)\\s*")) return true;
        }
        return false;
    }

    private static void add(List<Responsibility> out, EntityMention m, Responsibility.Role role) {
        if (out.stream().anyMatch(r -> r.label().equals(m.label()))) return;
        out.add(new Responsibility(m.label(), m.category(), role, Responsibility.Basis.EXPLICIT));
    }
}
