package org.lskg.extract;

/**
 * A body (or a province or district named as actor) responsible for a commitment.
 *
 * @param label    the body's canonical label
 * @param category {@link EntityCategory#AGENCY}, or {@link EntityCategory#PLACE} for "Đề nghị tỉnh Lạng Sơn"
 * @param role     lead ("chủ trì", the subject of the task) or partner ("phối hợp với", "làm việc với")
 * @param basis    where it was named
 */
public record Responsibility(String label, EntityCategory category, Role role, Basis basis) {

    public enum Role { LEAD, PARTNER }

    public enum Basis {
        /** Named in the commitment's own sentence. */
        EXPLICIT,
        /** Named by the enumerating heading its item sits under ("2. Bộ Tài nguyên và Môi trường:"). */
        HEADING
    }
}
