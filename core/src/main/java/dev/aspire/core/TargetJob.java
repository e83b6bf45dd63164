package dev.aspire.core;

/**
 * The job the candidate is interviewing for.
 *
 * @param title    the role's title, e.g. "Marketing Assistant"
 * @param company  the employer's name
 * @param industry the employer's industry
 * @param mission  the employer's mission, optional (empty when not given)
 */
public record TargetJob(String title, String company, String industry, String mission) {
    public TargetJob {
        title = title == null ? null : title.strip();
        company = company == null ? null : company.strip();
        industry = industry == null ? null : industry.strip();
        mission = mission == null ? "" : mission.strip();
    }

    public boolean hasMission() {
        return !mission.isEmpty();
    }
}
