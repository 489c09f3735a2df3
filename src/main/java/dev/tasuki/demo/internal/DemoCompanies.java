package dev.tasuki.demo.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.tasuki.customer.EmployeeBand;
import dev.tasuki.customer.Industry;
import dev.tasuki.customer.Prefecture;
import dev.tasuki.customer.Segment;

/**
 * The companies the demo organisation sells to: a stem and a business word make a name (株式会社東海物流, 北斗システムズ株式会社), its
 * reading and a domain that cannot exist on the internet (tokai-butsuryu.example). Every name and domain is used once.
 */
final class DemoCompanies {

    /** A company of the demo, before it is an account. emailStyle says how its addresses are formed. */
    record Company(
            String name,
            String kana,
            String domain,
            Industry industry,
            EmployeeBand band,
            Segment segment,
            Prefecture prefecture,
            String phone,
            int emailStyle) {}

    private record Word(String kanji, String kana, String romaji, Industry industry) {}

    private static final List<Word> STEMS = words("""
            東海 トウカイ tokai|北斗 ホクト hokuto|三和 サンワ sanwa|日進 ニッシン nisshin|光陽 コウヨウ koyo|大和 ヤマト yamato|
            朝日 アサヒ asahi|富士 フジ fuji|青葉 アオバ aoba|若葉 ワカバ wakaba|昭栄 ショウエイ shoei|平和 ヘイワ heiwa|
            明星 ミョウジョウ myojo|鶴見 ツルミ tsurumi|関東 カントウ kanto|関西 カンサイ kansai|中央 チュウオウ chuo|
            緑川 ミドリカワ midorikawa|若松 ワカマツ wakamatsu|菱和 リョウワ ryowa|新星 シンセイ shinsei|東洋 トウヨウ toyo|
            日本橋 ニホンバシ nihonbashi|桜 サクラ sakura|白鷺 シラサギ shirasagi|常盤 トキワ tokiwa|千代田 チヨダ chiyoda|
            双葉 フタバ futaba|協和 キョウワ kyowa|太陽 タイヨウ taiyo|銀河 ギンガ ginga|信和 シンワ shinwa|湊 ミナト minato|
            栄光 エイコウ eiko|翼 ツバサ tsubasa|錦 ニシキ nishiki|天神 テンジン tenjin|港南 コウナン konan|瀬戸 セト seto|
            紀州 キシュウ kishu|北陸 ホクリク hokuriku|みらい ミライ mirai""");

    private static final List<Word> BUSINESSES = words("""
            物流 ブツリュウ butsuryu LOGISTICS|運輸 ウンユ unyu LOGISTICS|製作所 セイサクショ seisakusho MANUFACTURING|
            工業 コウギョウ kogyo MANUFACTURING|精機 セイキ seiki MANUFACTURING|電機 デンキ denki MANUFACTURING|
            食品 ショクヒン shokuhin MANUFACTURING|化成 カセイ kasei MANUFACTURING|商事 ショウジ shoji RETAIL|
            ストア ストア store RETAIL|システムズ システムズ systems IT_SOFTWARE|テクノロジーズ テクノロジーズ technologies IT_SOFTWARE|
            ソフトウェア ソフトウェア software IT_SOFTWARE|情報サービス ジョウホウサービス joho IT_SOFTWARE|建設 ケンセツ kensetsu \
            CONSTRUCTION_REAL_ESTATE|
            不動産 フドウサン fudosan CONSTRUCTION_REAL_ESTATE|ハウジング ハウジング housing CONSTRUCTION_REAL_ESTATE|
            ホールディングス ホールディングス hd SERVICES|人材サービス ジンザイサービス jinzai SERVICES|コンサルティング コンサルティング consulting SERVICES|
            広告 コウコク kokoku SERVICES|リース リース lease FINANCE|証券 ショウケン shoken FINANCE|損害保険 ソンガイホケン sonpo FINANCE|
            メディカル メディカル medical HEALTHCARE|薬品 ヤクヒン yakuhin HEALTHCARE|教育 キョウイク kyoiku EDUCATION|
            エネルギー エネルギー energy OTHER""");

    /** Names that would be real, well-known companies: not made up by the demo. */
    private static final Set<String> TAKEN = Set.of("富士電機", "大和証券", "東洋証券", "朝日広告", "東洋工業", "富士ソフトウェア");

    private static final int[] BAND_WEIGHTS = {5, 20, 20, 25, 18, 12};
    private static final Prefecture[] PREFECTURES = {
        Prefecture.TOKYO,
        Prefecture.OSAKA,
        Prefecture.AICHI,
        Prefecture.KANAGAWA,
        Prefecture.FUKUOKA,
        Prefecture.SAITAMA,
        Prefecture.HYOGO,
        Prefecture.KYOTO,
        Prefecture.HOKKAIDO,
        Prefecture.MIYAGI,
        Prefecture.HIROSHIMA,
        Prefecture.SHIZUOKA,
        Prefecture.CHIBA
    };
    private static final int[] PREFECTURE_WEIGHTS = {45, 14, 10, 8, 6, 3, 3, 2, 2, 2, 2, 2, 1};

    private DemoCompanies() {}

    static List<Company> generate(Random random, int count) {
        List<Company> companies = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        while (companies.size() < count) {
            Word stem = STEMS.get(random.nextInt(STEMS.size()));
            Word business = BUSINESSES.get(random.nextInt(BUSINESSES.size()));
            if (TAKEN.contains(stem.kanji() + business.kanji()) || !names.add(stem.kanji() + business.kanji())) {
                continue;
            }
            EmployeeBand band = business.romaji().equals("hd")
                    ? EmployeeBand.B1000_PLUS
                    : EmployeeBand.values()[Weighted.index(random, BAND_WEIGHTS)];
            Prefecture prefecture = PREFECTURES[Weighted.index(random, PREFECTURE_WEIGHTS)];
            boolean legalFormFirst = random.nextInt(3) > 0;
            String name = legalFormFirst
                    ? "株式会社" + stem.kanji() + business.kanji()
                    : stem.kanji() + business.kanji() + "株式会社";
            String domain = stem.romaji() + "-" + business.romaji() + ".example";
            companies.add(new Company(
                    name,
                    stem.kana() + business.kana(),
                    domain,
                    business.industry(),
                    band,
                    segmentOf(band),
                    prefecture,
                    phone(random, prefecture),
                    random.nextInt(EmailAddresses.STYLES)));
        }
        return companies;
    }

    static Segment segmentOf(EmployeeBand band) {
        return switch (band) {
            case B1_9, B10_49, B50_99 -> Segment.SMB;
            case B100_299, B300_999 -> Segment.MID_MARKET;
            case B1000_PLUS -> Segment.ENTERPRISE;
        };
    }

    /** A main line with the prefecture's area code: 03 for Tokyo, 06 for Osaka, 052 for Nagoya … */
    static String phone(Random random, Prefecture prefecture) {
        String area = switch (prefecture) {
            case TOKYO -> "03";
            case OSAKA -> "06";
            case AICHI -> "052";
            case KANAGAWA -> "045";
            case FUKUOKA -> "092";
            case SAITAMA -> "048";
            case HYOGO -> "078";
            case KYOTO -> "075";
            case HOKKAIDO -> "011";
            case MIYAGI -> "022";
            case HIROSHIMA -> "082";
            case SHIZUOKA -> "054";
            default -> "043";
        };
        int digits = 10 - area.length();
        int first = digits - 4;
        String number =
                String.format("%0" + digits + "d", Math.floorMod(random.nextLong(), (long) Math.pow(10, digits)));
        return area + "-" + number.substring(0, first).replaceFirst("^0", "5") + "-" + number.substring(first);
    }

    private static List<Word> words(String table) {
        return java.util.Arrays.stream(table.replace("\n", "").split("\\|"))
                .map(String::strip)
                .map(entry -> entry.split(" "))
                .map(f -> new Word(f[0], f[1], f[2], f.length > 3 ? Industry.valueOf(f[3]) : null))
                .toList();
    }
}
