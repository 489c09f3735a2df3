package dev.tasuki.demo.internal;

import java.util.List;
import java.util.Random;

/**
 * Common Japanese family and given names with their katakana reading and the romanisation a company email address uses
 * (Hepburn, long vowels dropped: 大野 is "ono", 佐藤 "sato").
 */
final class JapaneseNames {

    /** A name, its reading and its romanisation. */
    record Part(String kanji, String kana, String romaji) {}

    /** A person's name: family name first, as it is written. */
    record Person(Part family, Part given) {}

    private static final List<Part> FAMILY = parts("""
            佐藤 サトウ sato|鈴木 スズキ suzuki|高橋 タカハシ takahashi|田中 タナカ tanaka|伊藤 イトウ ito|渡辺 ワタナベ watanabe|
            山本 ヤマモト yamamoto|中村 ナカムラ nakamura|小林 コバヤシ kobayashi|加藤 カトウ kato|吉田 ヨシダ yoshida|
            山田 ヤマダ yamada|佐々木 ササキ sasaki|山口 ヤマグチ yamaguchi|松本 マツモト matsumoto|井上 イノウエ inoue|
            木村 キムラ kimura|林 ハヤシ hayashi|斎藤 サイトウ saito|清水 シミズ shimizu|山崎 ヤマザキ yamazaki|森 モリ mori|
            池田 イケダ ikeda|橋本 ハシモト hashimoto|阿部 アベ abe|石川 イシカワ ishikawa|山下 ヤマシタ yamashita|
            中島 ナカジマ nakajima|石井 イシイ ishii|小川 オガワ ogawa|前田 マエダ maeda|岡田 オカダ okada|長谷川 ハセガワ hasegawa|
            藤田 フジタ fujita|後藤 ゴトウ goto|近藤 コンドウ kondo|村上 ムラカミ murakami|遠藤 エンドウ endo|青木 アオキ aoki|
            坂本 サカモト sakamoto|斉藤 サイトウ saito|福田 フクダ fukuda|太田 オオタ ota|西村 ニシムラ nishimura|
            藤井 フジイ fujii|岡本 オカモト okamoto|松田 マツダ matsuda|中川 ナカガワ nakagawa|中野 ナカノ nakano|
            原田 ハラダ harada|小野 オノ ono|田村 タムラ tamura|竹内 タケウチ takeuchi|金子 カネコ kaneko|和田 ワダ wada|
            中山 ナカヤマ nakayama|石田 イシダ ishida|上田 ウエダ ueda|森田 モリタ morita|原 ハラ hara|柴田 シバタ shibata|
            酒井 サカイ sakai|工藤 クドウ kudo|横山 ヨコヤマ yokoyama|宮崎 ミヤザキ miyazaki|宮本 ミヤモト miyamoto|
            内田 ウチダ uchida|高木 タカギ takagi|安藤 アンドウ ando|谷口 タニグチ taniguchi|大野 オオノ ono|丸山 マルヤマ maruyama|
            今井 イマイ imai|高田 タカダ takada|藤原 フジワラ fujiwara|河野 コウノ kono|小島 コジマ kojima|村田 ムラタ murata|
            武田 タケダ takeda|上野 ウエノ ueno|杉山 スギヤマ sugiyama|増田 マスダ masuda|平野 ヒラノ hirano|大塚 オオツカ otsuka|
            千葉 チバ chiba|久保 クボ kubo|松井 マツイ matsui|岩崎 イワサキ iwasaki|桜井 サクライ sakurai|野口 ノグチ noguchi""");

    private static final List<Part> GIVEN = parts("""
            翔太 ショウタ shota|大輔 ダイスケ daisuke|健太 ケンタ kenta|拓也 タクヤ takuya|直樹 ナオキ naoki|和也 カズヤ kazuya|
            亮 リョウ ryo|誠 マコト makoto|隆 タカシ takashi|浩 ヒロシ hiroshi|剛 ツヨシ tsuyoshi|健一 ケンイチ kenichi|
            達也 タツヤ tatsuya|雄一 ユウイチ yuichi|慎也 シンヤ shinya|哲也 テツヤ tetsuya|俊介 シュンスケ shunsuke|
            智也 トモヤ tomoya|洋平 ヨウヘイ yohei|修 オサム osamu|淳 ジュン jun|聡 サトシ satoshi|大樹 ダイキ daiki|
            悠斗 ユウト yuto|蓮 レン ren|陽介 ヨウスケ yosuke|一郎 イチロウ ichiro|康弘 ヤスヒロ yasuhiro|正人 マサト masato|
            美咲 ミサキ misaki|陽子 ヨウコ yoko|恵 メグミ megumi|由美 ユミ yumi|真由美 マユミ mayumi|裕子 ユウコ yuko|
            智子 トモコ tomoko|麻衣 マイ mai|彩 アヤ aya|沙織 サオリ saori|愛 アイ ai|優子 ユウコ yuko|千尋 チヒロ chihiro|
            奈々 ナナ nana|香織 カオリ kaori|明美 アケミ akemi|久美子 クミコ kumiko|直美 ナオミ naomi|理恵 リエ rie|
            彩香 アヤカ ayaka|結衣 ユイ yui|さくら サクラ sakura|遥 ハルカ haruka|美穂 ミホ miho|舞 マイ mai|
            綾 アヤ aya|春菜 ハルナ haruna|花子 ハナコ hanako|加奈子 カナコ kanako|瞳 ヒトミ hitomi""");

    private JapaneseNames() {}

    static Person person(Random random) {
        return new Person(FAMILY.get(random.nextInt(FAMILY.size())), GIVEN.get(random.nextInt(GIVEN.size())));
    }

    private static List<Part> parts(String table) {
        return java.util.Arrays.stream(table.replace("\n", "").split("\\|"))
                .map(String::strip)
                .map(entry -> entry.split(" "))
                .map(fields -> new Part(fields[0], fields[1], fields[2]))
                .toList();
    }
}
