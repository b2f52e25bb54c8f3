package org.jindu.portal.control.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jindu.portal.api.UserContext;
import org.jindu.portal.api.data.Masking;
import org.jindu.portal.control.internal.domain.IdNumber;
import org.jindu.portal.control.internal.domain.Status;
import org.jindu.portal.control.internal.domain.Tier;
import org.jindu.portal.control.internal.model.HandoverAnswer;
import org.jindu.portal.control.internal.model.HandoverDraft;
import org.jindu.portal.control.internal.model.HandoverInfo;
import org.jindu.portal.control.internal.model.PersonDraft;
import org.jindu.portal.control.internal.model.PersonFilter;
import org.jindu.portal.control.internal.model.PersonInfo;
import org.jindu.portal.control.internal.model.PersonUpdate;
import org.jindu.portal.control.internal.model.StatusDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Masked ID numbers and phones stored beside the ciphertexts (issue 9): written with them, filled in for old rows, read by lists. */
class MaskedIdentityJpaTest {
    private Fixture f;
    private UserContext office;
    private UserContext village;

    @BeforeEach
    void setUp() throws Exception {
        f = new Fixture();
        office = f.user("office");
        village = f.user("village");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static String id(int i) {
        return IdNumber.withCheckDigit(String.format(Locale.ROOT, "9901011985031%04d", i));
    }

    private static String phone(int i) {
        return String.format(Locale.ROOT, "1380013%04d", i);
    }

    private PersonInfo create(int i, boolean withPhone) {
        String v = i % 2 == 0 ? "HG-GW-DC" : "HG-GW-XC";
        return f.persons.create(office, new PersonDraft("测试" + i, id(i), withPhone ? phone(i) : null, v, null, v, null, null, null, null,
                "冰毒", LocalDate.of(2025, 6, 1), Status.COMMUNITY_DETOX, LocalDate.of(2025, 6, 1), "港公(禁)社戒决字〔2025〕" + i + "号", Tier.C1,
                null, null));
    }

    @Test
    void theMaskedFormsAreWrittenWithTheCiphertexts() throws Exception {
        PersonInfo a = create(1, true);
        PersonInfo b = create(2, false);
        assertThat(row(a.id())).containsExactly(Masking.idNumber(id(1)), Masking.phone(phone(1)));
        assertThat(row(b.id())).containsExactly(Masking.idNumber(id(2)), null);

        f.persons.update(office, a.id(), new PersonUpdate(" 13911112222 ", null, null, null, null, null, null, null));
        assertThat(row(a.id())).containsExactly(Masking.idNumber(id(1)), "139****2222");
        f.persons.update(office, a.id(), new PersonUpdate("", null, null, null, null, null, null, null));
        assertThat(row(a.id())).containsExactly(Masking.idNumber(id(1)), null);
        f.persons.update(office, b.id(), new PersonUpdate("13700137000", null, null, null, null, null, null, null));
        assertThat(row(b.id())).containsExactly(Masking.idNumber(id(2)), "137****7000");
        assertThat(f.persons.identify(office, b.id(), "test").phone()).isEqualTo("13700137000");

        // a file opened by accepting another agency's handover
        String incoming = IdNumber.withCheckDigit("99010219920704003");
        HandoverInfo in = f.handovers.incoming(f.user("city"), "XT-2026-009", "新塘镇禁毒办", "HG-GW-DC", "测试丁", incoming, Status.COMMUNITY_REHAB,
                null, "迁入");
        long opened = f.handovers.answer(village, in.id(), new HandoverAnswer(true, null)).personId();
        assertThat(row(opened)).containsExactly(Masking.idNumber(incoming), null);
    }

    @Test
    void theStartUpFillGivesOldRowsTheirMaskedFormsOnce() throws Exception {
        Map<Long, List<String>> expected = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            PersonInfo p = create(i, i != 3);
            expected.put(p.id(), Arrays.asList(Masking.idNumber(id(i)), i != 3 ? Masking.phone(phone(i)) : null));
        }
        Map<Long, Integer> versions = versions();
        sql("UPDATE CTL_PERSON SET ID_MASKED = NULL, PHONE_MASKED = NULL");

        // meanwhile the list decrypts those rows and shows the same
        f.sensitive.decrypts.set(0);
        assertThat(f.persons.list(office, PersonFilter.all())).extracting(PersonInfo::phone)
                .containsExactlyInAnyOrderElementsOf(expected.values().stream().map(l -> l.get(1)).toList());
        assertThat(f.sensitive.decrypts.get()).isEqualTo(5 + 4);

        // batches of two: three batches
        MaskedIdentityFill fill = new MaskedIdentityFill(f.support, 2);
        f.sensitive.decrypts.set(0);
        assertThat(fill.fill()).isEqualTo(5);
        assertThat(f.sensitive.decrypts.get()).isEqualTo(5 + 4);
        for (Map.Entry<Long, List<String>> e : expected.entrySet()) {
            assertThat(row(e.getKey())).as("file %d", e.getKey()).containsExactlyElementsOf(e.getValue());
        }
        // no version bump: an edit loaded before the fill still saves
        assertThat(versions()).isEqualTo(versions);
        // idempotent: nothing left, nothing decrypted
        f.sensitive.decrypts.set(0);
        assertThat(fill.fill()).isZero();
        assertThat(f.sensitive.decrypts.get()).isZero();
        f.persons.list(office, PersonFilter.all());
        assertThat(f.sensitive.decrypts.get()).isZero();
    }

    @Test
    void theFillNeverOverwritesAPhoneChangedMeanwhileNorARowFilledByAnotherNode() throws Exception {
        PersonInfo a = create(1, true);
        PersonInfo b = create(2, true);
        sql("UPDATE CTL_PERSON SET ID_MASKED = NULL, PHONE_MASKED = NULL");
        String oldCipher = phoneCipher(a.id());
        // the phone changes after the fill read the row
        f.persons.update(office, a.id(), new PersonUpdate("13911112222", null, null, null, null, null, null, null));
        MaskedIdentityFill fill = new MaskedIdentityFill(f.support, MaskedIdentityFill.BATCH);
        assertThat((boolean) f.support.tx(em -> fill.write(em, a.id(), oldCipher, Masking.idNumber(id(1)), Masking.phone(phone(1))))).isFalse();
        assertThat(row(a.id())).containsExactly(null, "139****2222");
        // another node filled b first
        assertThat((boolean) f.support.tx(em -> fill.write(em, b.id(), phoneCipher(b.id()), Masking.idNumber(id(2)), Masking.phone(phone(2))))).isTrue();
        assertThat((boolean) f.support.tx(em -> fill.write(em, b.id(), phoneCipher(b.id()), "other", "other"))).isFalse();
        assertThat(row(b.id())).containsExactly(Masking.idNumber(id(2)), Masking.phone(phone(2)));
        // the next fill takes the row as it is now
        assertThat(fill.fill()).isEqualTo(1);
        assertThat(row(a.id())).containsExactly(Masking.idNumber(id(1)), "139****2222");
    }

    @Test
    void listsAndTheMaskedExportDecryptNothing() throws Exception {
        int n = 30;
        List<PersonInfo> created = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            created.add(create(i, i % 5 != 0));
        }
        f.handovers.request(office, new HandoverDraft(created.get(0).id(), "HG-GW-NS", null, "迁居"));
        f.persons.changeStatus(office, created.get(1).id(), new StatusDraft(Status.LOST_CONTACT, Fixture.TODAY, "连续三次走访未见", null));

        f.sensitive.decrypts.set(0);
        List<PersonInfo> list = f.persons.list(office, PersonFilter.all());
        assertThat(list).hasSize(n);
        assertThat(list).filteredOn(p -> p.id() == created.get(0).id()).singleElement()
                .satisfies(p -> assertThat(p.idNumber()).isEqualTo(Masking.idNumber(id(1))))
                .satisfies(p -> assertThat(p.phone()).isEqualTo(Masking.phone(phone(1))));
        assertThat(f.persons.list(village, new PersonFilter(null, null, null, true, null))).isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.stats.exportXlsx(office, false, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(Masking.idNumber(id(7))).doesNotContain(id(7));
        f.stats.stats(office);
        assertThat(f.handovers.list(office)).extracting(HandoverInfo::personName).containsExactly("测试1");
        assertThat(f.searches.list(office)).extracting(s -> s.personName()).containsExactly("测试2");
        f.persons.get(office, created.get(2).id());
        assertThat(f.sensitive.decrypts.get()).isZero();

        // the audited full views still decrypt, the row asked for only
        assertThat(f.persons.identify(office, created.get(2).id(), "test").idNumber()).isEqualTo(id(3));
        assertThat(f.sensitive.decrypts.get()).isEqualTo(2);
        f.sensitive.decrypts.set(0);
        out.reset();
        f.stats.exportXlsx(office, true, out);
        assertThat(f.sensitive.decrypts.get()).isEqualTo(n + n - n / 5);
    }

    /** ID_MASKED and PHONE_MASKED of a file, as stored. */
    private List<String> row(long id) throws Exception {
        try (Connection c = f.dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT ID_MASKED, PHONE_MASKED FROM CTL_PERSON WHERE ID = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return Arrays.asList(rs.getString(1), rs.getString(2));
            }
        }
    }

    private String phoneCipher(long id) {
        try (Connection c = f.dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT PHONE_CIPHER FROM CTL_PERSON WHERE ID = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Long, Integer> versions() throws Exception {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        try (Connection c = f.dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ID, ROW_VERSION FROM CTL_PERSON ORDER BY ID")) {
            while (rs.next()) {
                versions.put(rs.getLong(1), rs.getInt(2));
            }
        }
        return versions;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = f.dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }
}
