package org.lskg.extract;

/** The kinds of named thing lskg recognises, with the names the evaluation contract uses for them. */
public enum EntityCategory {
    /** Any organisation or body: ministry, department, committee, council, party body, company. */
    AGENCY("agency", "body"),
    PERSON("person", "person"),
    /** An administrative unit or a named region, in Vietnam or abroad. */
    PLACE("place", "place"),
    /** A border crossing: cửa khẩu, lối thông quan, international railway station. */
    BORDER_GATE("border_gate", "border-gate"),
    /** An investment or construction project, road, expressway, industrial park or cluster, facility. */
    PROJECT("project", "project"),
    /** A national target programme, master plan, scheme (đề án), named plan or policy programme. */
    PROGRAM("program", "programme");

    private final String code;
    private final String iriPath;

    EntityCategory(String code, String iriPath) {
        this.code = code;
        this.iriPath = iriPath;
    }

    /** The contract's name: agency, person, place, border_gate, project, program. */
    public String code() {
        return code;
    }

    /** The path segment of entity IRIs: {@code id/<path>/<slug>}. */
    public String iriPath() {
        return iriPath;
    }
}
