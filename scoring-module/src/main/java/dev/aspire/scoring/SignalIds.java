package dev.aspire.scoring;

/**
 * The indexes of the signals the criteria read by name, resolved once per lexicon so that a lexicon
 * missing one fails when it is compiled, not in the middle of scoring.
 */
final class SignalIds {
    final int aspirationIntent;
    final int aspirationTarget;
    final int aspirationField;
    final int horizon;
    final int horizonVague;
    final int roleRef;
    final int roleLink;
    final int companyRef;
    final int companyReason;
    final int industryRef;
    final int missionRef;
    final int experience;
    final int skills;
    final int quantity;
    final int commitment;
    final int commitmentVerb;
    final int enthusiasm;
    final int gain;
    final int give;
    final int yesOpening;
    final int alignClaim;
    final int explainHow;
    final int pastMarker;
    final int presentMarker;
    final int futureMarker;
    final int jobRole;
    final int jobCompany;
    final int jobIndustry;
    final int jobMission;
    final int templateMarker;

    SignalIds(SignalTable table) {
        aspirationIntent = table.require("aspiration-intent");
        aspirationTarget = table.require("aspiration-target");
        aspirationField = table.require("aspiration-field");
        horizon = table.require("horizon");
        horizonVague = table.require("horizon-vague");
        roleRef = table.require("role-ref");
        roleLink = table.require("role-link");
        companyRef = table.require("company-ref");
        companyReason = table.require("company-reason");
        industryRef = table.require("industry-ref");
        missionRef = table.require("mission-ref");
        experience = table.require("experience");
        skills = table.require("skills");
        quantity = table.require("quantity");
        commitment = table.require("commitment");
        commitmentVerb = table.require("commitment-verb");
        enthusiasm = table.require("enthusiasm");
        gain = table.require("gain");
        give = table.require("give");
        yesOpening = table.require("yes-opening");
        alignClaim = table.require("align-claim");
        explainHow = table.require("explain-how");
        pastMarker = table.require("past-marker");
        presentMarker = table.require("present-marker");
        futureMarker = table.require("future-marker");
        jobRole = table.require("job-role");
        jobCompany = table.require("job-company");
        jobIndustry = table.require("job-industry");
        jobMission = table.require("job-mission");
        templateMarker = table.require("template-marker");
    }
}
