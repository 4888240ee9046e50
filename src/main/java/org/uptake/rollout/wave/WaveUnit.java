package org.uptake.rollout.wave;

import java.time.LocalDate;

/**
 * A unit in a wave: its planned go-live (the wave's), when it actually went live, and its last
 * computed readiness ({@code score} 0–100, {@code ready} when every blocking criterion passes).
 * {@code signedScore} is the score when the head signed off; a later drop makes the sign-off stale.
 */
public record WaveUnit(long id, long programId, long waveId, int wavePosition, String waveName, long unitId,
                       String unitName, String unitPath, Long headPersonId, String headName, ScopeKind scopeKind,
                       LocalDate plannedGoLive, LocalDate liveOn, String liveByName, int score, boolean ready,
                       Integer signedScore, int version) {

    public boolean live() {
        return liveOn != null;
    }
}
