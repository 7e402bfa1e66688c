package org.lskg.document;

import org.lskg.text.Fold;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The document types of lskg's doctype scheme: the 29 administrative types of Nghị định 30/2020/NĐ-CP
 * (Điều 7) with the codes of its Phụ lục III, then the types documents cite that lie outside it (the
 * normative acts Luật, Bộ luật, Pháp lệnh, Nghị định, Thông tư, Thông tư liên tịch of Luật Ban hành văn bản quy
 * phạm pháp luật, the party's Kết luận, and the Văn bản hợp nhất that consolidates an act and its amendments). Codes are case- and diacritic-sensitive (HD Hướng dẫn vs HĐ Hợp đồng); Công văn, Thư
 * công, Luật and Pháp lệnh have none.
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ", "Resolution"),
    QUYET_DINH("Quyết định", "QĐ", "Decision"),
    CHI_THI("Chỉ thị", "CT", "Directive"),
    QUY_CHE("Quy chế", "QC", "Regulation"),
    QUY_DINH("Quy định", "QyĐ", "Rule"),
    THONG_CAO("Thông cáo", "TC", "Communiqué"),
    THONG_BAO("Thông báo", "TB", "Notice"),
    HUONG_DAN("Hướng dẫn", "HD", "Guidance"),
    CHUONG_TRINH("Chương trình", "CTr", "Programme"),
    KE_HOACH("Kế hoạch", "KH", "Plan"),
    PHUONG_AN("Phương án", "PA", "Option plan"),
    DE_AN("Đề án", "ĐA", "Scheme"),
    DU_AN("Dự án", "DA", "Project document"),
    BAO_CAO("Báo cáo", "BC", "Report"),
    BIEN_BAN("Biên bản", "BB", "Minutes"),
    TO_TRINH("Tờ trình", "TTr", "Submission"),
    HOP_DONG("Hợp đồng", "HĐ", "Contract"),
    CONG_VAN("Công văn", null, "Official letter"),
    CONG_DIEN("Công điện", "CĐ", "Official dispatch"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN", "Memorandum of understanding"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT", "Agreement"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ", "Power of attorney"),
    GIAY_MOI("Giấy mời", "GM", "Invitation"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT", "Letter of introduction"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP", "Leave permit"),
    PHIEU_GUI("Phiếu gửi", "PG", "Dispatch slip"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC", "Transfer slip"),
    PHIEU_BAO("Phiếu báo", "PB", "Notification slip"),
    THU_CONG("Thư công", null, "Public letter"),
    LUAT("Luật", null, "Law"),
    PHAP_LENH("Pháp lệnh", null, "Ordinance"),
    NGHI_DINH("Nghị định", "NĐ", "Decree"),
    THONG_TU("Thông tư", "TT", "Circular"),
    KET_LUAN("Kết luận", "KL", "Conclusion"),
    BO_LUAT("Bộ luật", null, "Code"),
    THONG_TU_LIEN_TICH("Thông tư liên tịch", "TTLT", "Joint circular"),
    /** A consolidated text (Pháp lệnh Hợp nhất văn bản quy phạm pháp luật 2012): ký hiệu "N/VBHN-XX". */
    VAN_BAN_HOP_NHAT("Văn bản hợp nhất", "VBHN", "Consolidated text");

    private final String label;
    private final String code;
    private final String english;

    DocumentType(String label, String code, String english) {
        this.label = label;
        this.code = code;
        this.english = english;
    }

    /** The type's name as written in law, e.g. "Thông báo". */
    public String label() {
        return label;
    }

    /** The code used in số/ký hiệu ("TB"), empty for Công văn and Thư công. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public String englishLabel() {
        return english;
    }

    /** ASCII slug used in IRIs: "thong-bao". */
    public String slug() {
        return Fold.slug(label);
    }

    /** The type whose code is exactly {@code code} (case- and diacritic-sensitive, as the law requires). */
    public static Optional<DocumentType> byCode(String code) {
        return Arrays.stream(values()).filter(t -> code.equals(t.code)).findFirst();
    }

    /**
     * The type named at the start of a title line ("THÔNG BÁO", "Báo cáo tình hình ..."), longest name
     * first so that "Quyết định" is not read as "Quy ...".
     */
    public static Optional<DocumentType> byTitleLine(String line) {
        String k = Fold.key(line);
        return BY_LENGTH.stream()
                .filter(t -> k.equals(Fold.key(t.label)) || k.startsWith(Fold.key(t.label) + " "))
                .findFirst();
    }

    private static final List<DocumentType> BY_LENGTH = Arrays.stream(values())
            .sorted(Comparator.comparingInt((DocumentType t) -> t.label.length()).reversed())
            .toList();
}
