package dev.tasuki.customer;

/** The 47 prefectures of Japan in JIS X 0401 order (Hokkaido 01 to Okinawa 47), the order Japanese forms list them. */
public enum Prefecture {
    HOKKAIDO,
    AOMORI,
    IWATE,
    MIYAGI,
    AKITA,
    YAMAGATA,
    FUKUSHIMA,
    IBARAKI,
    TOCHIGI,
    GUNMA,
    SAITAMA,
    CHIBA,
    TOKYO,
    KANAGAWA,
    NIIGATA,
    TOYAMA,
    ISHIKAWA,
    FUKUI,
    YAMANASHI,
    NAGANO,
    GIFU,
    SHIZUOKA,
    AICHI,
    MIE,
    SHIGA,
    KYOTO,
    OSAKA,
    HYOGO,
    NARA,
    WAKAYAMA,
    TOTTORI,
    SHIMANE,
    OKAYAMA,
    HIROSHIMA,
    YAMAGUCHI,
    TOKUSHIMA,
    KAGAWA,
    EHIME,
    KOCHI,
    FUKUOKA,
    SAGA,
    NAGASAKI,
    KUMAMOTO,
    OITA,
    MIYAZAKI,
    KAGOSHIMA,
    OKINAWA;

    /** The JIS X 0401 code, "01" to "47". */
    public String code() {
        return String.format("%02d", ordinal() + 1);
    }

    public String messageKey() {
        return "prefecture." + name();
    }
}
