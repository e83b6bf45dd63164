package dev.aspire.cli;

/**
 * One line of a batch file. Only {@code text} is required; the context fields are optional and unknown
 * fields are ignored, so a batch can carry its own bookkeeping.
 */
record BatchLine(String id, String text, String question, String interviewer, String role, String company,
                 String industry, String mission) {
}
