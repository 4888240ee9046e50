package org.uptake.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.uptake.support.Fixtures.as;
import static org.uptake.support.Fixtures.bearer;
import static org.uptake.support.ImportRequests.upload;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.uptake.rollout.checklist.Category;
import org.uptake.rollout.checklist.ChecklistItem;
import org.uptake.rollout.checklist.ChecklistService;
import org.uptake.rollout.checklist.ItemStatus;
import org.uptake.rollout.wave.WaveUnit;
import org.uptake.shared.paging.PageRequest;
import org.uptake.support.ImportFiles;
import org.uptake.support.RolloutFixtures.Rollout;

/** The rollout's JSON endpoints, its CSV import of checklist items, its pages' bad input and the PDF gate protocol. */
class RolloutApiTests extends RolloutTest {

    private Rollout pilot() {
        Rollout r = rollouts.rollout(1);
        rollouts.wave(r, "Pilot", true, LocalDate.now().plusDays(20), r.station(0).unit());
        return r;
    }

    private List<ChecklistItem> items(Rollout r) {
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        return fixtures.bean(ChecklistService.class).items(r.coordinator(), r.programId(), u.id(), null, null,
                PageRequest.first(100)).items();
    }

    private String statuses(Rollout r) {
        return String.join(",", items(r).stream().map(i -> i.status().name()).toList());
    }

    @Test
    void theChecklistIsPagedByKeysetAndAnItemUpdatedOverTheApi() throws Exception {
        Rollout r = pilot();
        String token = fixtures.token(r.coordinator());
        long unit = rollouts.waveUnit(r, r.station(0).unit()).id();
        String base = "/api/v1/programs/" + r.programId();

        String first = mvc.perform(get(base + "/wave-units/" + unit + "/checklist?size=4").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.summary.infrastructureTotal").value(5))
                .andExpect(jsonPath("$.items.items.length()").value(4)).andReturn().getResponse().getContentAsString();
        String next = com.jayway.jsonpath.JsonPath.read(first, "$.items.next");
        mvc.perform(get(base + "/wave-units/" + unit + "/checklist?size=4&after=" + next).with(bearer(token)))
                .andExpect(jsonPath("$.items.items.length()").value(2)).andExpect(jsonPath("$.items.items[1].category").value("ACCESS"));
        ChecklistItem item = items(r).get(0);
        mvc.perform(put(base + "/checklist-items/" + item.id()).with(bearer(token)).contentType(APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidenceNote\":\"Racked\",\"dueDate\":\"" + item.dueDate() + "\",\"version\":"
                                + item.version() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"));
    }

    @Test
    void badItemInputIsAProblemWithFieldErrorsAndChangesNothing() throws Exception {
        Rollout r = pilot();
        String token = fixtures.token(r.coordinator());
        ChecklistItem item = items(r).get(0);
        String url = "/api/v1/programs/" + r.programId() + "/checklist-items/" + item.id();
        String before = statuses(r);

        mvc.perform(put(url).with(bearer(token)).contentType(APPLICATION_JSON).content("{\"status\":\"FINISHED\",\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put(url).with(bearer(token)).contentType(APPLICATION_JSON)
                        .content("{\"status\":\"DONE\",\"evidenceNote\":\"" + "x".repeat(2001) + "\",\"version\":" + item.version() + "}"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put(url).with(bearer(token)).contentType(APPLICATION_JSON).content("{\"status\":\"DONE\",\"version\":"
                        + (item.version() + 7) + "}"))
                .andExpect(status().isConflict());
        mvc.perform(multipart(url + "/evidence").file(new MockMultipartFile("file", "big.pdf", "application/pdf",
                        new byte[10 * 1024 * 1024 + 1])).param("version", String.valueOf(item.version())).with(bearer(token)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("rollout.error.fileTooLarge"));

        assertThat(statuses(r)).isEqualTo(before);
        assertThat(items(r).get(0).evidenceFileId()).isNull();
    }

    @Test
    void accessItemsAreMarkedFromACsvFileAndABrokenFileChangesNothing() throws Exception {
        Rollout r = pilot();
        String token = fixtures.token(r.coordinator());
        var anna = fixtures.person(r.world().admin(), "Anna Clerk", r.station(0).unit().id(), null);
        String unitCode = r.station(0).unit().code();
        String account = items(r).stream().filter(i -> i.category() == Category.ACCESS).findFirst().orElseThrow().title();
        String before = statuses(r);

        mvc.perform(upload("rollout-checklist", "accounts.csv", ImportFiles.csv("program;unit_code;item;person;status",
                        r.programId() + ";" + unitCode + ";" + account + ";" + anna.employeeNumber() + ";DONE",
                        r.programId() + ";" + unitCode + ";" + account + ";NOBODY;DONE",
                        r.programId() + ";" + unitCode + ";Servers ready;;FINISHED"), false).with(bearer(token)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].row").value(3)).andExpect(jsonPath("$.problems[0].code").value("rollout.import.noSuchItem"));
        assertThat(statuses(r)).isEqualTo(before);

        mvc.perform(upload("rollout-checklist", "accounts.csv", ImportFiles.csv("program;unit_code;item;person;status;evidence_note",
                        r.programId() + ";" + unitCode + ";" + account + ";" + anna.email().toUpperCase() + ";DONE;Created by IT"),
                        false).with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.updates").value(1));
        assertThat(items(r)).filteredOn(i -> anna.id() == (i.personId() == null ? -1 : i.personId())).singleElement()
                .satisfies(i -> {
                    assertThat(i.status()).isEqualTo(ItemStatus.DONE);
                    assertThat(i.evidenceNote()).isEqualTo("Created by IT");
                });
    }

    @Test
    void aCoordinatorOfAnotherProgramCannotImportIntoThisOne() throws Exception {
        Rollout r = pilot();
        Rollout other = pilot();
        var stranger = fixtures.account(r.world().admin().organizationId(), null, "stranger-" + org.uptake.support.Fixtures.next(),
                org.uptake.shared.Role.COORDINATOR);
        String account = items(r).stream().filter(i -> i.category() == Category.ACCESS).findFirst().orElseThrow().title();

        mvc.perform(upload("rollout-checklist", "accounts.csv", ImportFiles.csv("program;unit_code;item;person;status",
                        r.programId() + ";" + r.station(0).unit().code() + ";" + account + ";x;DONE"), false)
                        .with(bearer(fixtures.token(stranger))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].code").value("rollout.import.notYourProgram"));
        assertThat(other.programId()).isNotEqualTo(r.programId());
    }

    @Test
    void theChecklistPageShowsTheItemsAndABadBulkMarkIsShownInline() throws Exception {
        Rollout r = pilot();
        long unit = rollouts.waveUnit(r, r.station(0).unit()).id();
        String page = "/programs/" + r.programId() + "/rollout/units/" + unit + "/checklist";

        mvc.perform(get(page).with(as(r.coordinator()))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Servers for the new system")));
        mvc.perform(post(page + "/mark").with(as(r.coordinator())).with(csrf()).param("status", "DONE")
                        .param("itemIds", "999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("do not belong to this program")));
        assertThat(statuses(r)).doesNotContain("DONE");
    }

    @Test
    void theGateDecisionPrintsAsAPdfProtocol() throws Exception {
        Rollout r = pilot();
        WaveUnit u = rollouts.waveUnit(r, r.station(0).unit());
        rollouts.manualPass(r, u);
        rollouts.signOff(r, r.station(0));
        long decision = rollouts.go(r, r.station(0)).id();

        byte[] pdf = mvc.perform(get("/programs/" + r.programId() + "/rollout/decisions/" + decision + "/protocol.pdf")
                        .with(as(r.coordinator())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1000);
    }
}
