package dev.aspire.scoring;

import dev.aspire.core.scoring.CriterionScore;
import dev.aspire.core.scoring.Span;

/**
 * The answer does what its form of the question asks. A form this scorer does not know (one a pack added)
 * is judged as the plain career-aspirations question.
 */
final class QuestionFit implements Criterion {
    static final String ID = "question-fit";
    static final String CAREER_ASPIRATIONS = "career-aspirations";
    static final String FIVE_YEARS = "five-years";
    static final String HOPING_TO_GET = "hoping-to-get";
    static final String ALIGNS_WITH_GOALS = "aligns-with-goals";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int max() {
        return 8;
    }

    @Override
    public CriterionScore score(Reading reading, AnswerFacts facts) {
        return switch (facts.question()) {
            case FIVE_YEARS -> fiveYears(reading, facts);
            case HOPING_TO_GET -> hopingToGet(reading);
            case ALIGNS_WITH_GOALS -> alignsWithGoals(reading);
            default -> careerAspirations(reading, facts);
        };
    }

    private CriterionScore careerAspirations(Reading reading, AnswerFacts facts) {
        SignalIds ids = reading.ids;
        Part goal = facts.hasGoal() ? Part.of(reading, facts.goal(), 4) : Part.NONE;
        Part tie = Part.first(reading, 4, ids.roleLink, ids.roleRef, ids.jobRole);
        String advice = goal.points == 0 ? "Open with your long-term aspiration itself; that is what the question asks for."
                : tie.points == 0 ? "After the aspiration, say how this role moves you toward it."
                : "It answers the question as asked: a long-term goal, tied to this role.";
        return result(advice, goal, tie);
    }

    private CriterionScore fiveYears(Reading reading, AnswerFacts facts) {
        SignalIds ids = reading.ids;
        Part when = Part.first(reading, 4, ids.horizon);
        Part where = facts.hasAspiration() ? Part.of(reading, facts.hasGoal() ? facts.goal() : facts.looseTarget(), 2)
                : Part.NONE;
        Part here = Part.first(reading, 2, ids.commitment, ids.roleLink, ids.jobCompany);
        String advice = when.points == 0 ? "Answer with a picture of yourself about five years out, and say so in those words."
                : where.points == 0 ? "Describe where you will be then: the role or the expertise you will have."
                : here.points == 0 ? "Say that you get there through this role, at this company."
                : "It paints a concrete place five years out, reached here.";
        return result(advice, when, where, here);
    }

    private CriterionScore hopingToGet(Reading reading) {
        SignalIds ids = reading.ids;
        Part gain = Part.first(reading, 4, ids.gain);
        Part give = Part.first(reading, 4, ids.give);
        String advice = gain.points == 0 ? "Say what the role would give you, such as skills, exposure or mentoring."
                : give.points == 0 ? "Balance what you hope to get with what you will give back to the team."
                : "It names what you would gain and what you would give in return.";
        return result(advice, gain, give);
    }

    private CriterionScore alignsWithGoals(Reading reading) {
        SignalIds ids = reading.ids;
        int opening = reading.first(ids.yesOpening);
        Part yes = opening >= 0 && reading.sentence(opening) == 0 ? Part.of(reading, opening, 3) : Part.NONE;
        Part align = Part.first(reading, 2, ids.alignClaim);
        Part how = Part.first(reading, 3, ids.explainHow, ids.roleLink);
        String advice = yes.points == 0 ? "Start with a clear yes, then explain."
                : how.points == 0 ? "After the yes, explain how, with one concrete link between the job and your goal."
                : "It says yes and explains how, as the question asks.";
        return result(advice, yes, align, how);
    }

    private CriterionScore result(String advice, Part... parts) {
        int points = 0;
        EvidenceList evidence = new EvidenceList();
        for (Part part : parts) {
            points += part.points;
            if (part.span != null) {
                evidence.add(part.span);
            }
        }
        return new CriterionScore(ID, points, max(), evidence.toList(), advice);
    }

    /** A part of the answer the question calls for, with its points and the words that earned them. */
    private record Part(int points, Span span) {
        static final Part NONE = new Part(0, null);

        static Part of(Reading reading, int occurrence, int points) {
            return new Part(points, reading.span(occurrence));
        }

        static Part first(Reading reading, int points, int... signals) {
            int best = -1;
            for (int signal : signals) {
                int o = reading.first(signal);
                if (o >= 0 && (best < 0 || o < best)) {
                    best = o;
                }
            }
            return best < 0 ? NONE : of(reading, best, points);
        }
    }
}
