package dev.aspire.benchmarks;

import static java.util.Objects.requireNonNull;

import dev.aspire.core.InterviewerRole;
import dev.aspire.core.QuestionVariant;
import dev.aspire.data.CatalogueFile;
import dev.aspire.data.DataFiles;
import dev.aspire.data.DataModule;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic answers to the career-aspirations question, about 150 words each, the same ones for the
 * same seed. They mix what real answers mix: a concrete goal or a vague one, a link to the company or none,
 * a story from past work, and now and then a line an interviewer would frown at, so that a scorer meets
 * the same variety of hits and misses as in a career centre's batch.
 */
public final class AnswerCorpus {
    private static final String[][] JOBS = {
        {"Marketing Assistant", "Cacao & Co", "confectionery"},
        {"Junior Data Analyst", "Northwind Freight", "logistics"},
        {"Staff Nurse", "Riverside General Hospital", "healthcare"},
        {"Software Engineer", "Brightlane Systems", "software"},
        {"Store Supervisor", "Greenleaf Grocers", "retail"},
        {"Teaching Assistant", "Hillcrest Academy", "education"},
        {"Account Executive", "Harbour Media", "advertising"},
        {"Lab Technician", "Vireo Biologics", "biotechnology"},
        {"Customer Success Associate", "Tandem Payments", "fintech"},
        {"Junior Architect", "Stone & Field Studio", "architecture"},
        {"Sous Chef", "The Copper Pot", "hospitality"},
        {"Project Coordinator", "Meridian Builders", "construction"},
    };
    private static final String[] SKILLS = {
        "explaining complicated things simply", "calming down unhappy customers", "planning a busy week",
        "reading spreadsheets quickly", "writing clear reports", "training new starters", "negotiating with suppliers",
        "spotting patterns in data", "keeping a team on schedule", "presenting to senior people",
    };
    private static final String[] GOALS = {
        "lead a small team", "become the person others come to for analysis", "run a department of my own",
        "specialise in sustainable products", "manage the whole customer journey", "move into product management",
        "mentor people who are new to the field", "take responsibility for a regional budget",
    };
    private static final String[] OPENINGS = {
        "In the long run I want to %s, and I see this role as the right first step towards that.",
        "My goal over the next few years is to %s, and I have thought hard about how to get there.",
        "Where I want to be is simple to say: I want to %s within the next five or six years.",
        "I would like to grow into someone who can %s, starting with doing this job really well.",
    };
    private static final String[] BACKGROUNDS = {
        "For the past %d years I have worked in %s, where I got good at %s.",
        "I spent %d years in %s, and the part I enjoyed most was %s.",
        "Over %d years in %s I learned that I am at my best when I am %s.",
    };
    private static final String[] PAST_FIELDS = {
        "a busy restaurant", "a call centre", "a small accounting firm", "a warehouse", "a community charity",
        "a secondary school", "a family bakery", "a hotel front desk",
    };
    private static final String[] EXAMPLES = {
        "Last year, for example, I rebuilt our weekly rota so that overtime fell by a third and nobody missed a shift.",
        "When our manager was away for a month, I kept the team's orders on track and trained two new colleagues.",
        "I once turned a pile of customer complaints into a short checklist that the whole team still uses today.",
        "A recent project of mine cut the time we spent on month-end reporting from three days to one.",
    };
    private static final String[] COMPANY_LINKS = {
        "What draws me to %s is how seriously you take %s, and this %s role sits right at the centre of that.",
        "I have followed %s for a while, and the way you approach %s is exactly what I want to learn from as a %s.",
        "This %s position at %s would let me work on %s problems every day, which is where I want to build depth.",
    };
    private static final String[] CONTRIBUTIONS = {
        "In the first year I would focus on learning your processes and delivering reliably, so the team can count on me.",
        "I know I would bring %s to the team from day one, and I would keep building on it.",
        "I expect to earn trust by meeting deadlines and asking good questions early rather than late.",
        "I would like to take on small projects first and show that I can finish them well.",
    };
    private static final String[] GROWTH = {
        "Later on I hope to take on more responsibility here, perhaps coordinating others once I have proved myself.",
        "I am also keen to keep studying, and I have already started an evening course to support that.",
        "I would rather grow inside one company for several years than move around every year.",
        "Over time I would like to help shape how the team works, not just do my own tasks.",
    };
    private static final String[] CLOSINGS = {
        "So for me this job is not a stopgap; it is the start of the path I have chosen.",
        "That is why I applied for this role in particular, rather than any job in the field.",
        "I think the fit works both ways, and I am excited about what I could contribute here.",
        "In short, I want to grow with a team like yours and give back as much as I learn.",
    };
    /** Lines an interviewer would frown at: vague plans, money first, or eyes on the interviewer's own job. */
    private static final String[] WEAK_LINES = {
        "Honestly, I am not really sure yet what I want to do long term.",
        "To be frank, the salary is the main reason I applied.",
        "In five years I would like to be sitting in your job, to be honest.",
        "I am mostly looking for something to do until I go back to studying.",
        "I just need a job right now, and this one is close to home.",
    };

    private final Random random;
    private final List<QuestionVariant> questions;
    private final List<InterviewerRole> interviewers;

    /** A corpus whose question and interviewer ids come from the built-in catalogue. */
    public AnswerCorpus(long seed) {
        CatalogueFile catalogue = new DataFiles().readResource(DataModule.class, "catalogue.yaml", CatalogueFile.class);
        this.random = new Random(seed);
        this.questions = List.copyOf(catalogue.questionVariants());
        this.interviewers = List.copyOf(catalogue.interviewerRoles());
        if (questions.isEmpty() || interviewers.isEmpty()) {
            throw new IllegalStateException("the built-in catalogue has no question variants or interviewer roles");
        }
    }

    /** The next answer of the corpus, with its context; {@code number} becomes its id. */
    public CorpusAnswer next(int number) {
        String[] job = pick(JOBS);
        String text = answerFor(job[0], job[1], job[2]);
        return new CorpusAnswer(String.format("a%07d", number), questions.get(random.nextInt(questions.size())).id(),
                interviewers.get(random.nextInt(interviewers.size())).id(), job[0], job[1], job[2], text);
    }

    /** One answer made of consecutive corpus answers joined by blank lines, at least {@code minBytes} long. */
    public String longAnswer(int minBytes) {
        StringBuilder text = new StringBuilder(minBytes + 2048);
        while (text.length() < minBytes) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            String[] job = pick(JOBS);
            text.append(answerFor(job[0], job[1], job[2]));
        }
        return text.toString();
    }

    private String answerFor(String role, String company, String industry) {
        requireNonNull(role, "role is null");
        String skill = pick(SKILLS);
        StringBuilder text = new StringBuilder(1100);
        sentence(text, String.format(pick(OPENINGS), pick(GOALS)));
        sentence(text, String.format(pick(BACKGROUNDS), 2 + random.nextInt(9), pick(PAST_FIELDS), skill));
        if (random.nextInt(4) != 0) {
            sentence(text, pick(EXAMPLES));
        }
        if (random.nextInt(4) != 0) {
            sentence(text, companyLink(role, company, industry));
        }
        String contribution = pick(CONTRIBUTIONS);
        sentence(text, contribution.contains("%s") ? String.format(contribution, skill) : contribution);
        int growth = random.nextInt(GROWTH.length);
        sentence(text, GROWTH[growth]);
        if (random.nextInt(7) == 0) {
            sentence(text, pick(WEAK_LINES));
        }
        sentence(text, GROWTH[(growth + 1 + random.nextInt(GROWTH.length - 1)) % GROWTH.length]);
        sentence(text, pick(CLOSINGS));
        return text.toString();
    }

    private String companyLink(String role, String company, String industry) {
        String template = pick(COMPANY_LINKS);
        if (template.startsWith("This")) {
            return String.format(template, role, company, industry);
        }
        return String.format(template, company, industry, role);
    }

    private static void sentence(StringBuilder text, String sentence) {
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(sentence);
    }

    private <T> T pick(T[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
