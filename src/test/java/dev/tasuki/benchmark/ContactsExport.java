package dev.tasuki.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * HubSpot exports as a Japanese B2B company's portal would give them, written straight to disk so that a file of a
 * million rows never sits in memory: a companies file, and a contacts file whose people mostly work at those companies
 * (a few companies have many contacts, most a handful), some with free-mail addresses that only their company name can
 * match, some at companies the portal does not know. From a fixed seed, so every run imports the same file.
 */
final class ContactsExport {

    static final List<String> CONTACT_HEADERS = List.of(
            "Record ID",
            "First Name",
            "Last Name",
            "Email",
            "Phone Number",
            "Company Name",
            "Job Title",
            "Lifecycle Stage",
            "Create Date",
            "Last Modified Date",
            "Original Source",
            "Became a Lead Date",
            "Became a Marketing Qualified Lead Date",
            "Became a Sales Qualified Lead Date",
            "Became an Opportunity Date",
            "Became a Customer Date",
            "Became an Evangelist Date",
            "Became an Other Lifecycle Date",
            "Contact owner");

    private static final String[] FAMILY = ("佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe "
                    + "山本:yamamoto 中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi "
                    + "松本:matsumoto 井上:inoue 木村:kimura 林:hayashi 清水:shimizu 髙橋:takahashi")
            .split(" ");
    private static final String[] GIVEN = ("翔太:shota 美咲:misaki 大輔:daisuke 陽子:yoko 健太:kenta 結衣:yui 拓也:takuya "
                    + "恵:megumi 直樹:naoki さくら:sakura 誠:makoto 彩香:ayaka 亮:ryo 千尋:chihiro 聡:satoshi 遥:haruka")
            .split(" ");
    private static final String[] BRAND = ("ツナギ:tsunagi ミライ:mirai ヒカリ:hikari サクラ:sakura アオバ:aoba ミドリ:midori "
                    + "ヤマト:yamato アサヒ:asahi コスモ:cosmo ソラ:sora ハヤテ:hayate イロハ:iroha カエデ:kaede ツバサ:tsubasa "
                    + "ナギ:nagi ホシノ:hoshino ミナト:minato リンク:link ネクスト:next フジ:fuji")
            .split(" ");
    private static final String[] FIELD = ("クラウド:cloud データ:data ロジ:logi メディカル:medical フード:food "
                    + "エナジー:energy モビリティ:mobility ファイナンス:finance ホーム:home ラボ:lab")
            .split(" ");
    private static final String[] FORM = ("テック:tech 商事:shoji 工業:kogyo ソリューションズ:solutions システムズ:systems "
                    + "ネットワークス:networks 製作所:seisakusho 物産:bussan 建設:kensetsu 電機:denki")
            .split(" ");
    private static final String[] LEGAL = {"株式会社%s", "%s株式会社", "%s㈱", "合同会社%s"};
    private static final String[] FREE_MAIL = {"gmail.com", "yahoo.co.jp", "outlook.jp", "icloud.com"};
    private static final String[] SOURCES = {
        "Organic Search",
        "Paid Search",
        "Offline Sources",
        "Email Marketing",
        "Referrals",
        "Direct Traffic",
        "Social Media",
        "Other Campaigns"
    };
    private static final String[] TITLES = {"部長", "課長", "マネージャー", "担当", "取締役", "", "営業企画", "情報システム部"};
    private static final String[] OWNERS = {"佐藤 美咲", "Kenta Tanaka", "鈴木 大輔", ""};
    private static final String[] STAGES = {
        "Lead",
        "Marketing Qualified Lead",
        "Sales Qualified Lead",
        "Opportunity",
        "Customer",
        "Evangelist",
        "Other",
        "Subscriber"
    };
    /** Lead 40 %, MQL 25 %, SQL 12 %, opportunity 8 %, customer 6 %, evangelist 2 %, other 4 %, subscriber 3 %. */
    private static final int[] STAGE_DRAWS = percentages(40, 25, 12, 8, 6, 2, 4, 3);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ContactsExport() {}

    /** How many companies a contacts file of this many rows draws on: about fifty contacts a company. */
    static int companiesFor(int contacts) {
        return Math.max(1, contacts / 50);
    }

    static void writeCompanies(Path file, int companies) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Record ID,Company name,Company Domain Name,Phone Number,Create Date\n");
            for (int i = 0; i < companies; i++) {
                line(
                        out,
                        List.of(
                                String.valueOf(900_000 + i),
                                company(i),
                                domain(i),
                                phone(i),
                                LocalDateTime.of(2022, 4, 1, 9, 0).plusHours(i).format(TIME)));
            }
        }
    }

    /** Contacts of companies 0 to companies − 1, and some of companies the portal has not imported. */
    static void writeContacts(Path file, int rows, int companies, String ownerEmail) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", CONTACT_HEADERS) + "\n");
            for (int i = 0; i < rows; i++) {
                String[] family = FAMILY[random.nextInt(FAMILY.length)].split(":");
                String[] given = GIVEN[random.nextInt(GIVEN.length)].split(":");
                // a skewed choice: the first companies have hundreds of contacts, the last a few
                double r = random.nextDouble();
                boolean known = random.nextInt(10) > 0;
                int company = known ? (int) (companies * r * r) : companies + random.nextInt(10 * companies);
                String mailDomain =
                        random.nextInt(5) == 0 ? FREE_MAIL[random.nextInt(FREE_MAIL.length)] : domain(company);
                String email = given[1] + "." + family[1] + "." + Integer.toString(i, 36) + "@" + mailDomain;
                String owner = random.nextInt(3) == 0 ? ownerEmail : OWNERS[random.nextInt(OWNERS.length)];
                List<String> values = new ArrayList<>(List.of(
                        String.valueOf(10_000_000L + i),
                        given[0],
                        family[0],
                        email,
                        phone(i),
                        company(company),
                        TITLES[random.nextInt(TITLES.length)]));
                values.addAll(history(random));
                values.add(owner);
                line(out, values);
            }
        }
    }

    /** Lifecycle stage, create and last modified dates, source, and the seven "Became a … Date" columns. */
    private static List<String> history(Random random) {
        int stage = STAGE_DRAWS[random.nextInt(STAGE_DRAWS.length)];
        LocalDateTime created = LocalDateTime.of(2023, 1, 1, 0, 0).plusMinutes(random.nextInt(3 * 365 * 24 * 60));
        String[] became = new String[7];
        became[0] = created.format(TIME);
        LocalDateTime at = created;
        int reached = stage == 7 ? 0 : stage == 6 ? 1 + random.nextInt(2) : stage;
        for (int s = 1; s <= Math.min(reached, 5); s++) {
            at = at.plusDays(1 + random.nextInt(40)).plusMinutes(random.nextInt(600));
            // HubSpot leaves a date empty now and then (a stage set by hand, a property cleared)
            became[s] = random.nextInt(12) == 0 ? "" : at.format(TIME);
        }
        if (stage == 6) {
            at = at.plusDays(1 + random.nextInt(30));
            became[6] = at.format(TIME);
        }
        List<String> values = new ArrayList<>(List.of(
                STAGES[stage],
                created.format(TIME),
                at.plusDays(random.nextInt(20)).format(TIME),
                SOURCES[random.nextInt(SOURCES.length)]));
        for (String date : became) {
            values.add(date == null ? "" : date);
        }
        return values;
    }

    /** Each index as many times as its percentage: one draw of a hundred picks it with that probability. */
    private static int[] percentages(int... percents) {
        int[] draws = new int[100];
        int at = 0;
        for (int index = 0; index < percents.length; index++) {
            Arrays.fill(draws, at, at + percents[index], index);
            at += percents[index];
        }
        return draws;
    }

    /** The i-th company's name: brand, field and form, with a legal form here or there ("ツナギクラウドテック㈱"). */
    private static String company(int i) {
        String name = part(BRAND, i)[0]
                + part(FIELD, i / BRAND.length)[0]
                + part(FORM, i / BRAND.length / FIELD.length)[0]
                + (i >= BRAND.length * FIELD.length * FORM.length ? i : "");
        return String.format(LEGAL[i % LEGAL.length], name);
    }

    private static String domain(int i) {
        return part(BRAND, i)[1] + "-" + part(FIELD, i / BRAND.length)[1] + "-"
                + part(FORM, i / BRAND.length / FIELD.length)[1]
                + (i >= BRAND.length * FIELD.length * FORM.length ? i : "")
                + ".co.jp";
    }

    private static String[] part(String[] parts, int i) {
        return parts[i % parts.length].split(":");
    }

    private static String phone(int i) {
        return String.format("03-%04d-%04d", (i / 10_000) % 10_000, i % 10_000);
    }

    /** A CSV line, quoting values that need it (the Japanese legal form ㈱ does not, commas would). */
    private static void line(BufferedWriter out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            out.write(i == 0 ? "" : ",");
            out.write(value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        out.write('\n');
    }
}
