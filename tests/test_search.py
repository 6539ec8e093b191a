from models.conferences import Conference, ConferenceDetail, save_conference
from models.documents import Document, save_document
from models.search import search
from tests.factories import small_commune


def titles(hits):
    return [h.title for h in hits]


def test_search_ignores_accents_case_and_d_bar(tmp_path):
    fx = small_commune(tmp_path / "s.db")
    save_document(fx.db, Document(type_code="ĐA", symbol="07-ĐA/TU", term="2015-2020",
                                  title="Đề án đổi mới công tác quán triệt nghị quyết"))
    save_conference(fx.db, ConferenceDetail(conference=Conference(
        kind="quan_triet", format="truc_tiep", title="Hội nghị Đảng ủy mở rộng",
        starts_at="2025-01-02T08:00", place="Hội trường UBND")))
    assert titles(search(fx.db, "dang uy", kinds={"conferences"})) == ["Hội nghị Đảng ủy mở rộng"]
    assert titles(search(fx.db, "ĐẢNG ỦY", kinds={"conferences"})) == ["Hội nghị Đảng ủy mở rộng"]
    # "nghi quyet 07" finds "Nghị quyết … số 07"
    hits = search(fx.db, "nghi quyet 07", kinds={"documents"})
    assert [h.title.split(" — ")[0] for h in hits] == ["07-ĐA/TU"]
    assert search(fx.db, "57-nq/tw", kinds={"documents"})[0].title.startswith("57-NQ/TW")
    members = search(fx.db, "dang thi binh", kinds={"members"})
    assert titles(members) == ["Đặng Thị Bình"] and members[0].detail == "Chi bộ thôn Nà Pài"
    assert search(fx.db, "   ") == []


def test_search_matches_word_starts_and_skips_deleted(tmp_path):
    fx = small_commune(tmp_path / "s.db")
    # "an" starts "An" but not the middle of "Giang" or "Văn"
    assert titles(search(fx.db, "an", kinds={"members"})) == ["Nguyễn Văn An"]
    from models.organisation import delete_member

    delete_member(fx.db, fx.members["Nguyễn Văn An"].uuid)
    assert search(fx.db, "an", kinds={"members"}) == []


def test_like_wildcards_in_query_are_literal(tmp_path):
    fx = small_commune(tmp_path / "s.db")
    assert search(fx.db, "%") == [] and search(fx.db, "_") == []
