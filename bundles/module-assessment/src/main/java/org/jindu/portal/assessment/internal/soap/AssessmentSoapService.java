package org.jindu.portal.assessment.internal.soap;

import java.time.LocalDate;
import java.util.List;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.Validator;
import org.jindu.portal.api.soap.SoapService;
import org.jindu.portal.assessment.internal.domain.Level;
import org.jindu.portal.assessment.internal.domain.Titles;
import org.jindu.portal.assessment.internal.model.ApplicationFilter;
import org.jindu.portal.assessment.internal.model.ApplicationInfo;
import org.jindu.portal.assessment.internal.model.ReviewInfo;
import org.jindu.portal.assessment.internal.model.TitleInfo;
import org.jindu.portal.assessment.internal.model.TownAssessmentDraft;
import org.jindu.portal.assessment.internal.model.TownAssessmentInfo;
import org.jindu.portal.assessment.internal.model.VillageHistory;
import org.jindu.portal.assessment.internal.service.ApplicationService;
import org.jindu.portal.assessment.internal.service.TitleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /soap/assessment}: for other agencies' systems (EX-2): the designation list, a unit's title status and its
 * applications' status, and for the city the recording of a town's assessment. Scoped like the REST API; dates are
 * ISO strings ({@code 2025-09-01}) so that any SOAP stack reads them.
 */
@Component(service = SoapService.class, property = SoapService.NAME + "=assessment")
@WebService(serviceName = "AssessmentService", name = "Assessment", targetNamespace = AssessmentSoapService.NS)
public class AssessmentSoapService implements SoapService {
    static final String NS = "http://jindu.org/portal/assessment/v1";

    private final TitleService titles;
    private final ApplicationService applications;

    @Resource
    private WebServiceContext context;

    /** A title in force. */
    public static class Designation {
        public String orgCode;
        public String orgName;
        public String level;
        public String titleName;
        public String awardedOn;
        public String status;

        public Designation() {
        }

        Designation(TitleInfo t) {
            orgCode = t.orgCode();
            orgName = t.orgName();
            level = t.level().name();
            titleName = t.titleName();
            awardedOn = t.awardedOn().toString();
            status = t.status().name();
        }
    }

    /** Where a unit stands: its newest title, if any, and its yellow cards. */
    public static class TitleStatus {
        public String orgCode;
        public String orgName;
        public boolean holdsTitle;
        public String status;
        public String level;
        public String awardedOn;
        public String revokedOn;
        public String revocationReason;
        public int yellowCards;
        public Integer lastReviewYear;
        public String lastReviewOutcome;

        public TitleStatus() {
        }
    }

    /** An application's stage. */
    public static class ApplicationStatus {
        public long id;
        public String orgCode;
        public int year;
        public String level;
        public String state;
        public String stateLabel;
        public Double totalScore;
        public Boolean passed;

        public ApplicationStatus() {
        }

        ApplicationStatus(ApplicationInfo a) {
            id = a.id();
            orgCode = a.orgCode();
            year = a.year();
            level = a.level().name();
            state = a.state().name();
            stateLabel = a.stateLabel();
            totalScore = a.totalScore();
            passed = a.passed();
        }
    }

    /** A town's assessment as the city sends it. */
    public static class TownAssessment {
        public String townCode;
        public Integer year;
        public Double score;
        public Boolean standardPassed;
        public String vetoNote;
        public String assessedOn;
        public String assessor;
        public String opinion;

        public TownAssessment() {
        }
    }

    /** What the portal made of a recorded town assessment. */
    public static class TownAssessmentResult {
        public String townCode;
        public int year;
        public double coverage;
        public double threshold;
        public boolean designated;
        public Long titleId;

        public TownAssessmentResult() {
        }

        TownAssessmentResult(TownAssessmentInfo i) {
            townCode = i.townCode();
            year = i.year();
            coverage = i.coverage();
            threshold = i.threshold();
            designated = i.eligible();
            titleId = i.titleId();
        }
    }

    @Activate
    public AssessmentSoapService(@Reference TitleService titles, @Reference ApplicationService applications) {
        this.titles = titles;
        this.applications = applications;
    }

    @WebMethod
    @WebResult(name = "designation")
    public List<Designation> getDesignations(@WebParam(name = "level") String level) {
        Level l = level == null || level.isBlank() ? null : Level.valueOf(level.strip().toUpperCase());
        return titles.designations(caller(), l).stream().map(Designation::new).toList();
    }

    @WebMethod
    @WebResult(name = "titleStatus")
    public TitleStatus getTitleStatus(@WebParam(name = "orgCode") String orgCode) {
        VillageHistory h = titles.history(caller(), orgCode);
        TitleStatus s = new TitleStatus();
        s.orgCode = h.orgCode();
        s.orgName = h.orgName();
        if (!h.titles().isEmpty()) {
            TitleInfo t = h.titles().get(0);
            s.holdsTitle = t.status() != Titles.Status.REVOKED;
            s.status = t.status().name();
            s.level = t.level().name();
            s.awardedOn = t.awardedOn().toString();
            s.revokedOn = t.revokedOn() == null ? null : t.revokedOn().toString();
            s.revocationReason = t.revocationReason() == null ? null : t.revocationReason().name();
            s.yellowCards = (int) t.reviews().stream()
                    .filter(r -> r.outcome() == Titles.Outcome.YELLOW_CARD).count();
            if (!t.reviews().isEmpty()) {
                ReviewInfo last = t.reviews().get(t.reviews().size() - 1);
                s.lastReviewYear = last.year();
                s.lastReviewOutcome = last.outcome().name();
            }
        }
        return s;
    }

    @WebMethod
    @WebResult(name = "application")
    public List<ApplicationStatus> getApplications(@WebParam(name = "orgCode") String orgCode, @WebParam(name = "year") Integer year) {
        return applications.list(caller(), new ApplicationFilter(null, year, null, orgCode, false)).stream()
                .map(ApplicationStatus::new).toList();
    }

    @WebMethod
    @WebResult(name = "result")
    public TownAssessmentResult recordTownAssessment(@WebParam(name = "assessment") TownAssessment a) {
        TownAssessment in = a == null ? new TownAssessment() : a;
        LocalDate on = Validator.date("assessedOn", in.assessedOn);
        return new TownAssessmentResult(titles.recordTownAssessment(caller(), new TownAssessmentDraft(in.townCode, in.year,
                in.score, in.standardPassed, in.vetoNote, on, in.assessor, in.opinion)));
    }

    private UserContext caller() {
        return UserContext.from(context.getUserPrincipal());
    }
}
