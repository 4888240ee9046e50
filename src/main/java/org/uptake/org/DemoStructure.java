package org.uptake.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.uptake.shared.demo.DemoContext;

/** Builds the demo unit tree and its people: head office departments, regions, stations, station teams. */
final class DemoStructure {

    private static final String[] FIRST = {"Anna", "Boris", "Darya", "Egor", "Elena", "Fyodor", "Galina", "Igor", "Irina",
        "Kirill", "Ksenia", "Lev", "Maria", "Mikhail", "Natalia", "Oleg", "Olga", "Pavel", "Polina", "Roman", "Sofia",
        "Stepan", "Tatiana", "Timur", "Vera", "Viktor", "Yulia", "Zoya", "Marco", "Giulia", "Lars", "Ingrid", "Jonas", "Greta"};
    private static final String[] LAST = {"Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev",
        "Kozlov", "Novikov", "Morozov", "Volkov", "Solovyov", "Vasiliev", "Zaitsev", "Pavlov", "Semyonov", "Golubev",
        "Vinogradov", "Bogdanov", "Vorobyov", "Fedorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Orlov",
        "Kiselev", "Makarov", "Andreev", "Rossi", "Bianchi", "Hansen", "Berg", "Weber", "Fischer"};

    private final JdbcClient jdbc;
    private final long org;
    private final OrgDemoData.DemoPositions positions;
    private final Random random;
    private int personSeq;

    DemoStructure(JdbcClient jdbc, long org, OrgDemoData.DemoPositions positions, Random random) {
        this.jdbc = jdbc;
        this.org = org;
        this.positions = positions;
        this.random = random;
    }

    /** regions × stations per region; each station has a reception and a workshop team of {@code teamSize}. */
    void build(int regions, int stationsPerRegion, int teamSize, DemoContext context) {
        long root = unit("HQ", "AutoServ Network", "company", null, "/", 0);
        long ceo = person(root, "CEO", null);
        head(root, ceo);
        context.remember("person.ceo", ceo);
        long hq = unit("HO", "Head office", "department", root, pathOf(root), 1);
        long hqHead = person(hq, "HOD", ceo);
        head(hq, hqHead);
        long ndm = person(hq, "NDM", ceo);
        context.remember("person.coordinator", ndm);
        context.remember("unit.root", root);
        int d = 0;
        for (String dept : OrgDemoData.departments()) {
            long unit = unit("D" + (++d), dept, "department", hq, pathOf(hq), 2);
            long headId = person(unit, "HOD", hqHead);
            head(unit, headId);
            String staff = switch (dept) {
                case "Finance" -> "ACC";
                case "Human resources" -> "HR";
                case "IT" -> "IT";
                case "Marketing" -> "MKT";
                case "Contact centre" -> "CCO";
                case "Sales" -> "SALES";
                default -> "QE";
            };
            for (int i = 0; i < 4 + random.nextInt(4); i++) {
                long p = person(unit, staff, headId);
                if ("IT".equals(dept) && i == 0) {
                    context.remember("person.it", p);
                }
            }
        }
        for (int r = 1; r <= regions; r++) {
            long region = unit(String.format(Locale.ROOT, "R%02d", r), regionName(r), "branch", root, pathOf(root), 1);
            long rm = person(region, "RM", ceo);
            head(region, rm);
            for (int s = 1; s <= stationsPerRegion; s++) {
                String code = String.format(Locale.ROOT, "R%02d-S%02d", r, s);
                long station = unit(code, regionName(r) + " station " + s, "branch", region, pathOf(region), 2);
                long sm = person(station, "SM", rm);
                head(station, sm);
                if (r == 1 && s == 1) {
                    context.remember("unit.pilot", station);
                    context.remember("person.head", sm);
                }
                long reception = unit(code + "-REC", "Reception " + code, "team", station, pathOf(station), 3);
                long workshop = unit(code + "-WS", "Workshop " + code, "team", station, pathOf(station), 3);
                for (int i = 0; i < teamSize / 3; i++) {
                    person(reception, i == 0 ? "SA" : (i % 2 == 0 ? "RCPT" : "SA"), sm);
                }
                long senior = person(workshop, "SMECH", sm);
                for (int i = 0; i < teamSize - teamSize / 3 - 1; i++) {
                    long p = person(workshop, i % 5 == 4 ? "PARTS" : "MECH", senior);
                    if (r == 1 && s == 1 && i == 0) {
                        context.remember("person.employee", p);
                    }
                }
            }
        }
    }

    private static String regionName(int r) {
        String[] names = {"North", "South", "East", "West", "Central", "Volga", "Ural", "Siberia", "Baltic", "Caucasus"};
        return r <= names.length ? names[r - 1] : "Region " + r;
    }

    private long unit(String code, String name, String type, Long parent, String parentPath, int depth) {
        long id = jdbc.sql("""
                insert into unit (organization_id, code, name, unit_type, parent_id, path, depth) values (?, ?, ?, ?, ?, '', ?) returning id""")
                .params(org, code, name, type, parent, depth).query(Long.class).single();
        jdbc.sql("update unit set path = ? where id = ?").params(parentPath + id + "/", id).update();
        return id;
    }

    private String pathOf(long unit) {
        return jdbc.sql("select path from unit where id = ?").param(unit).query(String.class).single();
    }

    private void head(long unit, long person) {
        jdbc.sql("update unit set head_person_id = ? where id = ?").params(person, unit).update();
    }

    private long person(long unit, String positionCode, Long manager) {
        personSeq++;
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String number = String.format(Locale.ROOT, "E%06d", personSeq);
        String email = (first + "." + last + "." + personSeq + "@autoserv.example").toLowerCase(Locale.ROOT);
        String status = personSeq % 97 == 0 ? "ON_LEAVE" : "ACTIVE";
        return jdbc.sql("""
                insert into person (organization_id, employee_number, email, full_name, unit_id, position_id, manager_id, employment_status)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, number, email, first + " " + last, unit, positions.id(positionCode), manager, status)
                .query(Long.class).single();
    }

}
