package dev.tasuki.demo.internal;

import static dev.tasuki.demo.internal.Weighted.pick;

import java.util.List;
import java.util.Random;

import dev.tasuki.customer.EmployeeBand;

/**
 * Titles as they appear on Japanese business cards: a department and a position (営業企画部 課長); at small companies often
 * the president or a director.
 */
final class JobTitles {

    private static final List<String> DEPARTMENTS =
            List.of("営業部", "営業企画部", "マーケティング部", "情報システム部", "経営企画部", "DX推進室", "営業本部", "カスタマーサクセス部");
    private static final String[] POSITIONS = {"担当", "主任", "係長", "課長", "マネージャー", "部長", "執行役員"};
    private static final int[] POSITION_WEIGHTS = {24, 10, 8, 22, 14, 17, 5};

    private JobTitles() {}

    static String of(Random random, EmployeeBand band) {
        boolean small = band == EmployeeBand.B1_9 || band == EmployeeBand.B10_49;
        if (small && random.nextInt(10) < 3) {
            return random.nextBoolean() ? "代表取締役" : "取締役 営業担当";
        }
        return pick(random, DEPARTMENTS) + " " + POSITIONS[Weighted.index(random, POSITION_WEIGHTS)];
    }
}
