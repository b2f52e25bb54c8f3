package ${package}.internal.domain;

import org.jindu.portal.api.Text;
import org.jindu.portal.api.Validator;
import ${package}.internal.model.NoteDraft;

/** What a note must be: the rules live here, in plain Java, so that views, REST and SOAP all get them. */
public final class NoteRules {
    public static final int TITLE_MAX = 100;
    public static final int TEXT_MAX = 2000;

    private NoteRules() {
    }

    /** The input's problems, each named by its field. */
    public static Validator check(NoteDraft draft) {
        return new Validator()
                .required("orgCode", draft.orgCode(), Text.of("单位", "Unit"))
                .required("title", draft.title(), Text.of("标题", "Title"))
                .maxLength("title", draft.title(), TITLE_MAX)
                .maxLength("text", draft.text(), TEXT_MAX);
    }
}
