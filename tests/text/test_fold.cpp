#include <catch2/catch.hpp>

#include "core/text/fold.hpp"

using namespace mb;

TEST_CASE("folding removes accents and case in Latin Extended and Vietnamese names") {
    CHECK(fold_for_search("Zoë Ñúñez") == "zoe nunez");
    CHECK(fold_for_search("Seán O'Brien") == "sean o brien");
    CHECK(fold_for_search("Nguyễn Thị Minh") == "nguyen thi minh");
    CHECK(fold_for_search("ĐẶNG Văn Đức") == "dang van duc");
    CHECK(fold_for_search("Łukasz Żółć") == "lukasz zolc");
    CHECK(fold_for_search("Søren Ærø") == "soren aero");
    CHECK(fold_for_search("Straße") == "strasse");
}

TEST_CASE("folding collapses punctuation and whitespace into single spaces") {
    CHECK(fold_for_search("  Mayo   Clinic, Inc. ") == "mayo clinic inc");
    CHECK(fold_for_search("--") == "");
    CHECK(fold_for_search("") == "");
}

TEST_CASE("folding survives invalid UTF-8 by dropping the bad bytes") {
    const std::string bad = std::string("Ana\xff\xfe Li") + "\xc3";   // stray bytes and a truncated sequence
    CHECK(fold_for_search(bad) == "ana li");
}

TEST_CASE("organizations compare equal across case, punctuation, articles and legal suffixes") {
    CHECK(normalize_organization("The Mayo Clinic, Inc.") == "mayo clinic");
    CHECK(normalize_organization("MAYO CLINIC") == "mayo clinic");
    CHECK(normalize_organization("Acme Health Co. Ltd") == "acme health");
    CHECK(normalize_organization("Siemens Healthineers AG") == "siemens healthineers");
    CHECK(normalize_organization("Inc") == "inc");               // a name that is only a suffix stays
    CHECK(normalize_organization("Kaiser Permanente") != normalize_organization("Kaiser Foundation"));
}
