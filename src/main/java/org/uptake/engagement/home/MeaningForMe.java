package org.uptake.engagement.home;

import java.util.List;
import org.uptake.engagement.survey.MySurvey;
import org.uptake.rollout.wave.MyWave;

/**
 * "What does this mean for me?" for one program: my unit's wave and go-live date, why we change, what
 * changes for my role, my open surveys, and whom to ask.
 */
public record MeaningForMe(long programId, String programName, String why, List<MyWave> waves, MyRoleChange roleChange,
                           List<MySurvey> openSurveys, String contactName, String contactEmail) {
}
