package dev.tasuki.demo.internal;

import java.util.List;

import dev.tasuki.identity.Department;
import dev.tasuki.identity.Role;

/**
 * The people of 株式会社ツナギクラウド, the demo organisation: a manager and two members in each department, an executive and an
 * admin.
 */
final class DemoStaff {

    static final String PASSWORD = "tasuki-demo-2026";

    record Person(String email, String familyName, String givenName, Department department, Role role) {}

    static final List<Person> PEOPLE = List.of(
            new Person("admin@tsunagi-cloud.example", "山本", "健一", null, Role.ADMIN),
            new Person("ceo@tsunagi-cloud.example", "高橋", "誠", null, Role.EXECUTIVE),
            new Person("sato@tsunagi-cloud.example", "佐藤", "美咲", Department.MARKETING, Role.MANAGER),
            new Person("suzuki@tsunagi-cloud.example", "鈴木", "大輔", Department.MARKETING, Role.MEMBER),
            new Person("ito@tsunagi-cloud.example", "伊藤", "さくら", Department.MARKETING, Role.MEMBER),
            new Person("tanaka@tsunagi-cloud.example", "田中", "翔太", Department.INSIDE_SALES, Role.MANAGER),
            new Person("watanabe@tsunagi-cloud.example", "渡辺", "陽菜", Department.INSIDE_SALES, Role.MEMBER),
            new Person("nakamura@tsunagi-cloud.example", "中村", "蓮", Department.INSIDE_SALES, Role.MEMBER),
            new Person("kobayashi@tsunagi-cloud.example", "小林", "健太", Department.FIELD_SALES, Role.MANAGER),
            new Person("kato@tsunagi-cloud.example", "加藤", "結衣", Department.FIELD_SALES, Role.MEMBER),
            new Person("yoshida@tsunagi-cloud.example", "吉田", "大翔", Department.FIELD_SALES, Role.MEMBER),
            new Person("yamada@tsunagi-cloud.example", "山田", "愛", Department.CUSTOMER_SUCCESS, Role.MANAGER),
            new Person("sasaki@tsunagi-cloud.example", "佐々木", "湊", Department.CUSTOMER_SUCCESS, Role.MEMBER),
            new Person("matsumoto@tsunagi-cloud.example", "松本", "優奈", Department.CUSTOMER_SUCCESS, Role.MEMBER));

    static boolean isDemo(String email) {
        return PEOPLE.stream().anyMatch(person -> person.email().equals(email));
    }

    private DemoStaff() {}
}
