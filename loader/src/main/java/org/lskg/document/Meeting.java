package org.lskg.document;

import java.util.Optional;

/**
 * The session a conclusion notice reports on ("buổi làm việc", "Hội nghị", "cuộc kiểm tra").
 *
 * @param name      what the title calls it, e.g. "buổi làm việc với lãnh đạo tỉnh Lạng Sơn"
 * @param date      ISO date of the session, when the text gives it
 * @param place     where it was held ("trụ sở Tỉnh ủy Lạng Sơn"), when given
 * @param chair     name of the person who concluded it
 * @param chairPost that person's post as written ("Phó Chủ tịch UBND tỉnh")
 */
public record Meeting(String name, Optional<String> date, Optional<String> place, Optional<String> chair,
                      Optional<String> chairPost) {}
