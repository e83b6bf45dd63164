package dev.aspire.benchmarks;

import static java.util.Objects.requireNonNull;

/**
 * One answer of the benchmark corpus, with the context a career centre would record beside it.
 *
 * @param id          a stable id, unique in its corpus
 * @param question    a question variant id from the built-in catalogue
 * @param interviewer an interviewer role id from the built-in catalogue
 * @param role        the job title applied for
 * @param company     the company's name
 * @param industry    the company's industry
 * @param text        the candidate's answer, named as in the batch input of {@code aspire score --batch}
 */
public record CorpusAnswer(String id, String question, String interviewer, String role, String company,
                           String industry, String text) {
    public CorpusAnswer {
        requireNonNull(id, "id is null");
        requireNonNull(question, "question is null");
        requireNonNull(interviewer, "interviewer is null");
        requireNonNull(role, "role is null");
        requireNonNull(company, "company is null");
        requireNonNull(industry, "industry is null");
        requireNonNull(text, "text is null");
    }
}
