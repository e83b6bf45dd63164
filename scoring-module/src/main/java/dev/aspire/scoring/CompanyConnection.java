package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;

/** The answer ties the aspiration to this company: its name, its industry or mission, and a reason. */
final class CompanyConnection implements Criterion {
    static final String ID = "company-connection";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 12;
    }

    @Override
    public CriterionScore score(Reading reading, AnswerFacts facts) {
        SignalIds ids = reading.ids;
        EvidenceList evidence = new EvidenceList();
        int points = 0;
        int name = reading.first(ids.jobCompany);
        int generic = reading.first(ids.companyRef);
        if (name >= 0) {
            points += 5;
            evidence.add(reading.span(name));
        } else if (generic >= 0) {
            points += 3;
            evidence.add(reading.span(generic));
        }
        int field = firstOf(reading, ids.jobIndustry, ids.jobMission);
        if (field >= 0) {
            points += 4;
            evidence.add(reading.span(field));
        } else if ((field = firstOf(reading, ids.industryRef, ids.missionRef)) >= 0) {
            points += 2;
            evidence.add(reading.span(field));
        }
        int reason = reading.first(ids.companyReason);
        if (reason < 0) {
            // "I'm excited by Tidewater's move into offshore wind": enthusiasm about the company is a reason.
            reason = reading.firstWithPartner(ids.enthusiasm, ids.jobCompany);
        }
        if (reason >= 0) {
            points += 3;
            evidence.add(reading.span(reason));
        }
        String advice = name < 0 && generic < 0
                ? "Name the company and say what about it fits your goal."
                : reason < 0 ? "Give one reason this company in particular, such as its mission, products or way of working."
                : field < 0 ? "Connect your goal to the company's industry or mission, not only to its name."
                : "The company link is clear; keep the reason specific to them rather than true of any employer.";
        return new CriterionScore(ID, points, max(), evidence.toList(), advice);
    }

    private static int firstOf(Reading reading, int a, int b) {
        int x = reading.first(a);
        int y = reading.first(b);
        return x < 0 ? y : y < 0 ? x : Math.min(x, y);
    }
}
