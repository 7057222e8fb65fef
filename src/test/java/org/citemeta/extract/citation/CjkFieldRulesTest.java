package org.citemeta.extract.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The rules of {@link CjkFieldRules}, on invented Chinese, Japanese and Korean references. */
class CjkFieldRulesTest {

    @Test
    void commaJournal() {
        ParsedReference r = new ReferenceParser().parse("김철수 편집부 (1999), 숲, 숲이 사라지고 있다, 환경연구, 제12권 제3호, 45-60쪽.");
        assertEquals("숲, 숲이 사라지고 있다", r.title());
        assertEquals("환경연구", r.containerTitle());
        ParsedReference j = new ReferenceParser().parse("佐藤一郎, 2005, 江戸の町と川 : 東京-日本橋(株) 周辺-, 日本建築学会誌, 512(-), p.77.");
        assertEquals("江戸の町と川 : 東京-日本橋(株) 周辺-", j.title());
        assertEquals("日本建築学会誌", j.containerTitle());
    }

    @Test
    void journalAfterTitleComma() {
        ParsedReference r = new ReferenceParser().parse("박영희, 도시 공원의 역사와 그 변화에 관한 고찰, 조경학보 제15권3호, 1999.");
        assertEquals("도시 공원의 역사와 그 변화에 관한 고찰", r.title());
        assertEquals("조경학보", r.containerTitle());
        ParsedReference v = new ReferenceParser().parse("이순신, 2001, 남해안 성곽의 구조에 대하여, 역사연구 7.");
        assertEquals("역사연구", v.containerTitle());
        assertEquals("7", v.volume());
    }

    @Test
    void titleHeadGluedByPeriod() {
        ParsedReference r = new ReferenceParser().parse("박민수, 신라말.고려초 불교 미술의 변화와 그 배경, 미술사연구 제10권, 2001.");
        assertEquals("신라말.고려초 불교 미술의 변화와 그 배경", r.title());
        assertEquals(1, r.authors().size());
    }

    @Test
    void journalDashNumber() {
        ParsedReference r = new ReferenceParser().parse("김영수, 1995, 평양 일대 성곽의 구조에 대하여 력사연구-3.");
        assertEquals("평양 일대 성곽의 구조에 대하여", r.title());
        assertEquals("력사연구", r.containerTitle());
        assertEquals("3", r.volume());
    }

    @Test
    void decadeNotYear() {
        ParsedReference r = new ReferenceParser().parse("최영호, 1960년대 농촌 사회의 변화와 그 원인, 한국사회연구, 12, 2005.");
        assertEquals("1960년대 농촌 사회의 변화와 그 원인", r.title());
        assertEquals(Integer.valueOf(2005), r.year());
    }

    @Test
    void othersCount() {
        ParsedReference r = new ReferenceParser().parse("李大明 外 4人. 论古代园林的水景设计. 园林研究. 2010. 12(3).");
        assertEquals("论古代园林的水景设计", r.title());
    }
}
