// tests/text/test_person_name.cpp — affixes, short names by script, and search spellings.
#include <catch2/catch.hpp>

#include "core/text/person_name.hpp"

using namespace mb;

TEST_CASE("honorifics and post-nominals are split from the name, in every form exports write them") {
    const NameAffixes a = split_name_affixes("Dr. Kim Min-jun, MD, FACPE");
    CHECK(a.honorifics == "Dr.");
    CHECK(a.name == "Kim Min-jun");
    CHECK(a.post_nominals == "MD, FACPE");

    CHECK(split_name_affixes("François L'Héritier; MBA").name == "François L'Héritier");
    CHECK(split_name_affixes("François L'Héritier; MBA").post_nominals == "MBA");
    CHECK(split_name_affixes("Prof. Dr. Anna Schmidt").honorifics == "Prof. Dr.");
    CHECK(split_name_affixes("Jane Doe MD PhD").name == "Jane Doe");
    CHECK(split_name_affixes("Jane Doe MD PhD").post_nominals == "MD PhD");
    CHECK(split_name_affixes("Martin Luther King Jr.").name == "Martin Luther King");
    CHECK(split_name_affixes("Sam Rivera, R.N., B.S.N.").name == "Sam Rivera");
    CHECK(split_name_affixes("Sam Rivera, R.N., B.S.N.").post_nominals == "R.N., B.S.N.");
}

TEST_CASE("words that only look like affixes stay in the name") {
    CHECK(split_name_affixes("Minh Do").name == "Minh Do");            // a family name, not the degree DO
    CHECK(split_name_affixes("Dr.").name == "Dr.");                    // nothing but a title: keep it
    CHECK(split_name_affixes("Ma Lin").name == "Ma Lin");              // 马 is a family name
    CHECK(split_name_affixes("Mary Ann Smith").name == "Mary Ann Smith");
    CHECK(split_name_affixes("Drew Barrymore").honorifics.empty());
}

TEST_CASE("a romanisation in parentheses and the 'Family, Given' form are understood") {
    const NameAffixes chen = split_name_affixes("陈静 (Chen Jing)");
    CHECK(chen.name == "陈静");
    CHECK(chen.romanised == "Chen Jing");
    CHECK(split_name_affixes("Robert Smith (Bob)").romanised.empty());  // a Latin name's nickname is no romanisation
    CHECK(split_name_affixes("Kim, Min-jun").name == "Min-jun Kim");
    CHECK(split_name_affixes("Kim, Min-jun, MD").name == "Min-jun Kim");
}

TEST_CASE("short names follow the script and keep particles") {
    CHECK(short_person_name("陈静 (Chen Jing)") == "陈静");
    CHECK(short_person_name("山田太郎") == "山田太郎");
    CHECK(short_person_name("김민준") == "김민준");
    CHECK(short_person_name("François L'Héritier; MBA") == "François L.");
    CHECK(short_person_name("Dr. Jan van der Berg, PhD") == "Jan van der B.");
    CHECK(short_person_name("Maria de la Cruz") == "Maria de la C.");
    CHECK(short_person_name("Ahmad bin Abdullah") == "Ahmad bin A.");
    CHECK(short_person_name("Fatima al-Zahra") == "Fatima al-Z.");
    CHECK(short_person_name("Светлана Иванова") == "Светлана И.");
    CHECK(short_person_name("Γιώργος Παπαδόπουλος") == "Γιώργος Π.");
    CHECK(short_person_name("प्रिया शर्मा") == "प्रिया श.");
    CHECK(short_person_name("Anil प्रसाद") == "Anil प्र.");             // virama joins the cluster
    CHECK(short_person_name("فاطمة الزهراء") == "فاطمة الز.");
    CHECK(short_person_name("נועה כהן") == "נועה כ.");
    CHECK(short_person_name("Cher") == "Cher");
    CHECK(short_person_name("  Ana   Li ") == "Ana L.");
}

TEST_CASE("given and family names from the export are used instead of guessing") {
    CHECK(short_person_name("Nguyễn Thị Minh", "Minh", "Nguyễn Thị") == "Minh N.");
    CHECK(short_person_name("Nguyễn Thị Minh") == "Nguyễn M.");        // without them: first word + last initial
    CHECK(short_person_name("Chen Jing", "静", "陈") == "陈静");         // family name first, as written
    CHECK(short_person_name("Ludwig van Beethoven", "Ludwig", "van Beethoven") == "Ludwig van B.");
}

TEST_CASE("titles written into the given or family name column stay out of the short name and search") {
    // Eventbrite's First Name / Last Name as people really fill them in.
    CHECK(short_person_name("Dr. Hannah Kim MD, FACPE", "Dr. Hannah", "Kim MD, FACPE") == "Hannah K.");
    CHECK(short_person_name("Prof. Jean-Luc de la Croix PhD", "Prof. Jean-Luc", "de la Croix PhD") ==
          "Jean-Luc de la C.");
    CHECK(short_person_name("Dr. Smith", "Dr.", "Smith") == "Dr. S.");      // a part that is only a title stays
    const auto s = name_search_spellings("Dr. Hannah Kim MD, FACPE", "Dr. Hannah", "Kim MD, FACPE", "");
    CHECK(s == std::vector<std::string>{"Hannah Kim", "Hannah", "Kim"});
}

TEST_CASE("search spellings leave titles out and add the romanised name") {
    const auto s = name_search_spellings("Dr. 陈静 (Chen Jing), MD", "", "", "");
    CHECK(s == std::vector<std::string>{"陈静", "Chen Jing"});
    const auto t = name_search_spellings("Minh Nguyen", "Minh", "Nguyen", "Nguyen Minh");
    CHECK(t == std::vector<std::string>{"Minh Nguyen", "Minh", "Nguyen", "Nguyen Minh"});
}
