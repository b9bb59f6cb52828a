package vn.sangkien.campaign.entity;

/** The points a reviewer gives an initiative on the three criteria of the rubric. */
public record Scores(Integer novelty, Integer applicability, Integer benefit) {
}
