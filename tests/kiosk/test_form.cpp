// The check-in form's rules: validation sentences, masking, truncation, the QR sentence.
#include <catch2/catch.hpp>

#include "core/kiosk/form.hpp"
#include "tests/support/fixtures.hpp"

using namespace mb;
using namespace mb::kiosk;
using mb::test::person;

TEST_CASE("registration needs a name, other fields are checked only when filled") {
    Attendee a = person("Ana");
    CHECK_FALSE(validate_registration(a).any());
    a.display_name = " ";
    CHECK_FALSE(validate_registration(a).name.empty());
    a.display_name = "Ana";
    a.email.value = "ana@example";
    CHECK_FALSE(validate_registration(a).email.empty());
    a.email.value = "ana@example.org";
    a.phone.value = "555-01";
    CHECK_THAT(validate_registration(a).phone, Catch::Contains("short"));
    a.phone.value = "call me";
    CHECK_THAT(validate_registration(a).phone, Catch::Contains("digits"));
    a.phone.value = "+1 (617) 555-0100";
    a.linkedin_url.value = "linkedin.com/in/ana li";
    CHECK_FALSE(validate_registration(a).linkedin.empty());
    a.linkedin_url.value = "linkedin.com/in/anali";
    CHECK_FALSE(validate_registration(a).any());
}

TEST_CASE("masking keeps enough to recognise, not enough to copy") {
    CHECK(mask_email("zoe@example.org") == "z\u2022\u2022\u2022@example.org");
    CHECK(mask_email("Ëva@x.io") == "Ë\u2022\u2022\u2022@x.io");
    CHECK(mask_phone("+34 600 123 456") == "\u2022\u2022\u2022 3456");
    CHECK(mask_phone("1234") == "\u2022\u2022\u2022");
    CHECK(mask_text("linkedin.com/in/zoe") == "lin\u2022\u2022\u2022");
}

TEST_CASE("truncation never splits a character") {
    CHECK(truncate_utf8("Zoë", 3) == "Zo");
    CHECK(truncate_utf8("Zoë", 4) == "Zoë");
    CHECK(truncate_utf8("abc", 10) == "abc");
}

TEST_CASE("the QR sentence lists exactly what is shared and has a value") {
    Attendee a = person("Ana", "ana@example.org");
    a.organization = "Kaiser";
    CHECK(qr_sentence(a) == "Your QR code will hold your name \u2014 nothing else.");
    a.email.shared = true;
    a.phone.shared = true;                                     // shared but empty: not mentioned
    a.share_organization = true;
    CHECK(qr_sentence(a) ==
          "Your QR code will hold your name, your email address and your organization \u2014 nothing else.");
    const auto rows = share_rows(a, false);
    REQUIRE(rows.size() == 2);                                 // email and organization have values
    CHECK(rows[1].value == "Kaiser");                          // organization is public anyway
}
