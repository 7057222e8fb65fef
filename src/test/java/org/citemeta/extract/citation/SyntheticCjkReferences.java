package org.citemeta.extract.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Labelled synthetic references in Korean, Chinese and Japanese, which the CSL styles do not produce: names, titles,
 * journals and publishers from hand-written word pools (common words of the languages and the usual shapes of
 * journal names, nothing from the evaluation corpora), laid out in the citation forms usual in those languages
 * (Korean "제12권 제3호", Chinese GB/T 7714 "[J]. 期刊, 2019, 12(3): 45-67", Japanese "Vol.12, No.3, pp.45-67"),
 * then the same PDF noise and cleaning as the CSL renderings. Test scope: only used by the trainer.
 */
final class SyntheticCjkReferences {
    private SyntheticCjkReferences() {
    }

    static final String[] KO_FAMILY = SyntheticMetadata.words("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍 전 고 문 양 손 배 백 허 남 노");
    static final String[] KO_SYLL = SyntheticMetadata.words("민 서 지 현 수 영 준 우 진 은 하 성 재 경 동 혜 연 희 정 호 태 상 선 미 윤 주 승 원 석 철 용 기");
    static final String[] KO_WORDS = SyntheticMetadata.words("연구 분석 효과 영향 관계 특성 교육 학생 교사 사회 문화 경제 정책 기업 기술 혁신 개발 "
            + "평가 모형 방안 인식 변화 역할 사례 비교 현황 과제 발전 적용 설계 시스템 데이터 환경 건강 청소년 아동 노인 지역 도시 "
            + "디지털 서비스 만족도 스트레스 조직 리더십 성과 한국 중국 일본 조선시대 근대 전통 역사 문학 예술 음악 디자인 콘텐츠 "
            + "미디어 정보 인공지능 네트워크 소비자 구매 의도 태도 지원 제도 법 행정 공공 복지 가족 부모 유아 대학생 직무 "
            + "인적자원 관광 스마트폰 플랫폼 재료 구조 실험 측정 모델링 최적화 제어 신호 영상 공간 건축 유적 고고학");
    static final String[] KO_PARTICLES = SyntheticMetadata.words("의 에 과 와 을 를 및 에서 에서의 으로");
    static final String[] KO_ENDINGS = {"에 관한 연구", "에 미치는 영향", "의 관계", "에 대한 연구", " 분석", "의 효과", " 방안 연구",
            "의 특성", "에 대한 인식 조사", " 사례 연구"};
    static final String[] KO_FIELDS = SyntheticMetadata.words("교육 경영 심리 사회복지 정보 디자인 콘텐츠 건축 체육 가정 행정 법 언어 문화 "
            + "경제 의학 간호 전자공학 기계 관광 유아교육 상담 보건 식품영양 조경 미술 음악 역사 지리 통계 물리 화학");
    static final String[] KO_JSUFFIX = SyntheticMetadata.words("학회지 학회논문지 연구 논총 학보 학술지 저널 논문집 리뷰 교육연구 학연구");

    static final String[] ZH_FAMILY = SyntheticMetadata.words("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 韩 冯 邓 曹 彭");
    static final String[] ZH_GIVEN = SyntheticMetadata.words("明 华 伟 芳 军 洋 勇 艳 杰 涛 超 静 丽 强 磊 敏 晓 建 国 文 小 海 玉 红 志 平 东 春 林 宇");
    static final String[] ZH_WORDS = SyntheticMetadata.words("研究 分析 影响 基于 应用 发展 问题 中国 方法 模型 系统 设计 评价 技术 管理 教育 经济 "
            + "社会 文化 历史 理论 实践 探讨 机制 策略 特征 考古 调查 医学 临床 治疗 患者 数据 网络 环境 城市 农村 企业 创新 政策 "
            + "服饰 工艺 遗址 出土 文物 思想 学术 概述 中医 药物 疗效 观察 综述 材料 性能 结构 实验 优化 算法 识别 图像");
    static final String[] ZH_PLACES = SyntheticMetadata.words("中国 北京 上海 南京 武汉 四川 浙江 山东 河南 湖南 广西 吉林 东北 西北 华南 复旦 清华");
    static final String[] ZH_JSUFFIX = SyntheticMetadata.words("大学学报 医学杂志 科学 研究 学刊 杂志 学报 论坛 导刊 月刊 通报 科技");
    static final String[] ZH_EDITION = {"(自然科学版)", "(哲学社会科学版)", "(社会科学版)", "(医学版)", ""};

    static final String[] JA_FAMILY = SyntheticMetadata.words("山田 鈴木 田中 佐藤 高橋 伊藤 渡辺 中村 小林 加藤 吉田 山本 松本 井上 木村 林 清水 森 池田 橋本");
    static final String[] JA_GIVEN = SyntheticMetadata.words("太郎 一郎 花子 健 誠 裕子 直樹 翔 大輔 美咲 浩 隆 智子 恵 和也 拓也");
    static final String[] JA_WORDS = SyntheticMetadata.words("日本 教育 社会 技術 システム 設計 特性 効果 開発 評価 検討 分析 データ モデル "
            + "ネットワーク デザイン 地域 歴史 文化 造船 材料 構造 制御 実験 調査 管理 医療 看護 環境 都市 法律 宇宙 活動");
    static final String[] JA_LINKS = {"の", "における", "に関する", "と", "による", "を用いた", "についての"};
    static final String[] JA_JOURNAL = {"学会誌", "学会論文集", "研究", "紀要", "論文誌", "学会誌 A編", "年報"};

    /** One segment builder: text with a label per character. */
    private static final class B {
        final StringBuilder text = new StringBuilder();
        final List<Byte> labels = new ArrayList<>();

        B add(String s, int label) {
            for (int i = 0; i < s.length(); i++) {
                text.append(s.charAt(i));
                labels.add((byte) label);
            }
            return this;
        }

        B o(String s) {
            return add(s, RefLabel.O);
        }
    }

    /**
     * Share of Korean journal articles written in the further layouts of {@link #koreanMore} ({@code -Dtrain.koLayouts},
     * default 0: the data unchanged).
     */
    static final double KO_LAYOUTS = Double.parseDouble(System.getProperty("train.koLayouts", "0"));

    static List<SyntheticReferences.Sample> generate(int n, Random rnd) {
        return generate(n, rnd, 0);
    }

    static List<SyntheticReferences.Sample> generate(int n, Random rnd, long seed) {
        List<SyntheticReferences.Sample> out = new ArrayList<>(n);
        // the variants' own draws, so that the references they leave alone stay as they were
        Random more = new Random(seed * 0x5DEECE66DL + 29);
        for (int i = 0; i < n; i++) {
            int lang = rnd.nextInt(10);
            B b = lang < 5 && KO_LAYOUTS > 0 && more.nextDouble() < KO_LAYOUTS ? koreanMore(rnd, more)
                    : lang < 5 ? korean(rnd) : lang < 8 ? chinese(rnd) : japanese(rnd);
            SyntheticReferences.Labelled l = new SyntheticReferences.Labelled(b.text, b.labels);
            SyntheticReferences.noise(l, rnd);
            l.clean();
            byte[] lab = new byte[l.labels.size()];
            for (int k = 0; k < lab.length; k++) {
                lab[k] = l.labels.get(k);
            }
            if (l.text.length() >= 10) {
                out.add(new SyntheticReferences.Sample(l.text.toString(), lab, "cjk-" + lang));
            }
        }
        return out;
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    private static String koName(Random r) {
        return pick(r, KO_FAMILY) + pick(r, KO_SYLL) + pick(r, KO_SYLL);
    }

    private static String koTitle(Random r) {
        StringBuilder t = new StringBuilder();
        int n = 2 + r.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                t.append(' ');
            }
            t.append(pick(r, KO_WORDS));
            if (r.nextDouble() < 0.4 && i + 1 < n) {
                t.append(pick(r, KO_PARTICLES));
            }
        }
        t.append(pick(r, KO_ENDINGS));
        if (r.nextDouble() < 0.25) {
            t.append(r.nextBoolean() ? ": " : " - ").append(pick(r, KO_WORDS)).append(' ').append(pick(r, KO_WORDS))
                    .append("을 중심으로").append(r.nextBoolean() ? "" : "-");
        }
        if (r.nextDouble() < 0.1) {
            t.insert(0, (char) ('A' + r.nextInt(26)) + "" + (char) ('A' + r.nextInt(26)) + "를 활용한 ");
        }
        return t.toString();
    }

    private static String koJournal(Random r) {
        double p = r.nextDouble();
        String f = pick(r, KO_FIELDS);
        if (p < 0.5) {
            return pick(r, new String[]{"한국", "대한", "한국", "국제", ""}) + f + pick(r, KO_JSUFFIX);
        } else if (p < 0.8) {
            return f + pick(r, KO_JSUFFIX);
        } else if (p < 0.9) {
            return f + "과 " + pick(r, KO_FIELDS) + " " + pick(r, KO_JSUFFIX);
        }
        return "Journal of the Korean " + pick(r, new String[]{"Society", "Institute", "Academy"}) + " of "
                + pick(r, new String[]{"Clothing and Textiles", "Industrial Engineers", "Nursing", "Physics", "Management"});
    }

    private static void authors(B b, Random r, int lang) {
        int n = 1 + (r.nextDouble() < 0.5 ? 0 : r.nextInt(4));
        String sep = lang == 0 ? pick(r, new String[]{", ", ", ", "·", "."}) : lang == 1 ? ", " : pick(r, new String[]{", ", "・", "，"});
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                a.append(sep);
            }
            a.append(lang == 0 ? koName(r) : lang == 1 ? pick(r, ZH_FAMILY) + pick(r, ZH_GIVEN) + (r.nextBoolean() ? pick(r, ZH_GIVEN) : "")
                    : pick(r, JA_FAMILY) + (r.nextBoolean() ? " " : "") + pick(r, JA_GIVEN));
        }
        if (lang == 1 && n == 3 && r.nextDouble() < 0.3) {
            a.append(", 等");
        }
        b.add(a.toString(), RefLabel.AUTHOR);
    }

    private static String[] numbers(Random r) {
        int first = 1 + r.nextInt(900);
        return new String[]{String.valueOf(1 + r.nextInt(60)), String.valueOf(1 + r.nextInt(12)), String.valueOf(first),
                String.valueOf(first + 1 + r.nextInt(40)), String.valueOf(1960 + r.nextInt(65))};
    }

    private static B korean(Random r) {
        B b = new B();
        String[] n = numbers(r);
        authors(b, r, 0);
        String title = koTitle(r);
        String journal = koJournal(r);
        boolean book = r.nextDouble() < 0.15;
        int form = r.nextInt(4);
        if (book) {
            b.o(r.nextBoolean() ? " (" : "(").add(n[4], RefLabel.YEAR).o("). ").add(title, RefLabel.TITLE).o(". ");
            if (r.nextBoolean()) {
                b.add(pick(r, new String[]{"서울", "부산", "대전", "파주"}), RefLabel.PLACE).o(": ");
            }
            b.add(pick(r, new String[]{"한국", "서울대학교", "교육", "문화", "학술"}) + pick(r, new String[]{"출판사", "출판부", "사", "아카데미"}),
                    RefLabel.PUBLISHER).o(".");
            return b;
        }
        switch (form) {
            case 0 -> {
                // APA-like: 김민준, 이서연 (2019). 제목. 학회지, 12(3), 45-67.
                b.o(r.nextBoolean() ? " (" : "(").add(n[4], RefLabel.YEAR).o("). ").add(title, RefLabel.TITLE).o(". ")
                        .add(journal, RefLabel.CONTAINER).o(", ").add(n[0], RefLabel.VOLUME);
                if (r.nextDouble() < 0.8) {
                    b.o("(").add(n[1], RefLabel.ISSUE).o(")");
                }
                b.o(", ").add(n[2] + "-" + n[3], RefLabel.PAGES).o(".");
            }
            case 1 -> {
                // 김민준, '제목,' 학회지, 제12권, 제3호, pp.45-67, 2019.
                String q = pick(r, new String[]{"'", "\"", "“", "「"});
                String qc = q.equals("“") ? "”" : q.equals("「") ? "」" : q;
                b.o(", " + q).add(title, RefLabel.TITLE).o(r.nextBoolean() ? "," + qc + " " : qc + ", ")
                        .add(journal, RefLabel.CONTAINER).o(r.nextBoolean() ? ", 제" : " 제").add(n[0], RefLabel.VOLUME)
                        .o(pick(r, new String[]{"권", "집"}));
                if (r.nextDouble() < 0.8) {
                    b.o(r.nextBoolean() ? ", 제" : " 제").add(n[1], RefLabel.ISSUE).o("호");
                }
                if (r.nextBoolean()) {
                    b.o(", ").add(n[4], RefLabel.YEAR).o(r.nextBoolean() ? ", pp." : ", pp. ").add(n[2] + "-" + n[3], RefLabel.PAGES).o(".");
                } else {
                    b.o(r.nextBoolean() ? ", pp." : ", ").add(n[2] + "-" + n[3], RefLabel.PAGES).o(r.nextBoolean() ? "쪽, " : ", ")
                            .add(n[4], RefLabel.YEAR).o(r.nextBoolean() ? "." : "년 " + (1 + r.nextInt(12)) + "월.");
                }
            }
            case 2 -> {
                // 김민준, 2019, 제목, 학회지 12(3), pp.45-67.
                b.o(", ").add(n[4], RefLabel.YEAR).o(", ").add(title, RefLabel.TITLE).o(", ").add(journal, RefLabel.CONTAINER)
                        .o(" ").add(n[0], RefLabel.VOLUME).o("(").add(n[1], RefLabel.ISSUE).o("), pp.")
                        .add(n[2] + "-" + n[3], RefLabel.PAGES).o(".");
            }
            default -> {
                // 김민준(2019). 제목. 학회지. 12. 45-67.
                b.o("(").add(n[4], RefLabel.YEAR).o("). ").add(title, RefLabel.TITLE).o(". ").add(journal, RefLabel.CONTAINER)
                        .o(". ").add(n[0], RefLabel.VOLUME).o(". ").add(n[2] + "-" + n[3], RefLabel.PAGES).o(".");
            }
        }
        return b;
    }

    static final String[] KO_HANJA = SyntheticMetadata.words("文化 歷史 考察 社會 韓國 朝鮮 傳統 遺蹟 分析 論 制度 變遷 "
            + "時代 思想 新羅 高麗 百濟 古墳 出土 土器 金石文 教育 經濟 政策 資料 問題");
    static final String[] KO_SOCIETY = SyntheticMetadata.words("학회 연구소 학술원 연구원 협회");

    /**
     * A Korean title with the devices real ones have: words listed with commas ("경복궁, 창덕궁, 점경물 ..."), two
     * words joined by a period ("교육.문화"), Hanja words ("高麗 古墳의 變遷"), an English gloss in parentheses
     * ("기술(Signal Models) ...").
     */
    private static String koTitleMore(Random r, Random m) {
        String t = koTitle(r);
        double p = m.nextDouble();
        if (p < 0.2) {
            t = pick(m, KO_WORDS) + ", " + pick(m, KO_WORDS) + (m.nextBoolean() ? ", " + pick(m, KO_WORDS) : "") + " " + t;
        } else if (p < 0.3) {
            t = pick(m, KO_WORDS) + "." + pick(m, KO_WORDS) + " " + t;
        } else if (p < 0.5) {
            t = pick(m, KO_HANJA) + pick(m, new String[]{"의 ", " ", "에 "}) + pick(m, KO_HANJA) + " " + t;
        } else if (p < 0.6) {
            int sp = t.indexOf(' ');
            String gloss = "(" + SyntheticMetadata.cap(pick(m, SyntheticMetadata.NOUNS)) + " "
                    + SyntheticMetadata.cap(pick(m, SyntheticMetadata.NOUNS)) + ")";
            t = sp < 0 ? t + gloss : t.substring(0, sp) + gloss + t.substring(sp);
        }
        return t;
    }

    /**
     * Korean journal articles in layouts {@link #korean} lacks: the title followed by the journal without a separator
     * ("... 연구 교육학회지-4", journal and volume); the volume glued to the journal ("교육학회지9-2호", "논총12");
     * "(18:1)" for volume and issue after a year without parentheses ("김민준 2017. '제목,' 경영학회지 (12:2),
     * pp.145-176."); "10권 1호" and "제 29집 제2호" with or without "제"; an issue alone ("제1631호"); the society
     * that publishes the journal before it ("경영학회, 경영학회지"), not part of the container.
     */
    private static B koreanMore(Random r, Random m) {
        B b = new B();
        String[] n = numbers(r);
        authors(b, r, 0);
        String title = koTitleMore(r, m);
        String journal = koJournal(r);
        String pages = n[2] + "-" + n[3];
        // the head: year and title
        switch (m.nextInt(4)) {
            case 0 -> b.o(", ").add(n[4], RefLabel.YEAR).o(", ").add(title, RefLabel.TITLE);
            case 1 -> b.o(" ").add(n[4], RefLabel.YEAR).o(m.nextBoolean() ? ". '" : "." + (1 + m.nextInt(12)) + ". '")
                    .add(title, RefLabel.TITLE).o(m.nextBoolean() ? ",'" : "',");
            case 2 -> b.o("(").add(n[4], RefLabel.YEAR).o("). ").add(title, RefLabel.TITLE).o(".");
            default -> b.o(", ").add(title, RefLabel.TITLE).o(",");
        }
        boolean yearDone = !b.labels.isEmpty() && b.labels.contains((byte) RefLabel.YEAR);
        // the journal and its numbers
        int form = m.nextInt(6);
        if (form == 0) {
            // no separator: "제목 교육학회지-4." / "제목 정보학회지 47(3), pp.227-250."
            if (b.text.charAt(b.text.length() - 1) == ',' || b.text.charAt(b.text.length() - 1) == '.') {
                b.text.setLength(b.text.length() - 1);
                b.labels.remove(b.labels.size() - 1);
            }
            b.o(" ").add(journal, RefLabel.CONTAINER);
            if (m.nextBoolean()) {
                b.o("-").add(n[0], RefLabel.VOLUME);
            } else {
                b.o(" ").add(n[0], RefLabel.VOLUME).o("(").add(n[1], RefLabel.ISSUE).o("), pp.").add(pages, RefLabel.PAGES);
            }
        } else {
            b.o(" ");
            if (form == 1 || m.nextDouble() < 0.1) {
                // the society first: "경영학회, 경영학회지, ..."
                b.o(pick(m, KO_FIELDS) + pick(m, KO_SOCIETY) + (m.nextBoolean() ? ", " : ". "));
            }
            b.add(journal, RefLabel.CONTAINER);
            switch (form) {
                case 2 -> {
                    // "교육학회지9-2호", "논총12", "교육연구 4"
                    b.o(m.nextBoolean() ? "" : " ").add(n[0], RefLabel.VOLUME);
                    if (m.nextBoolean()) {
                        b.o("-").add(n[1], RefLabel.ISSUE).o(m.nextBoolean() ? "호" : "");
                    }
                }
                case 3 -> b.o(m.nextBoolean() ? " (" : ", (").add(n[0], RefLabel.VOLUME).o(":").add(n[1], RefLabel.ISSUE).o(")");
                case 4 -> {
                    // an issue alone: "정책논단, 제1631호"
                    b.o(m.nextBoolean() ? ", 제" : " 제").add(String.valueOf(1 + m.nextInt(2000)), RefLabel.ISSUE).o("호");
                }
                default -> {
                    // "10권 1호", "제26권 2호", "제 29집 제2호", "13-2"
                    if (m.nextDouble() < 0.2) {
                        b.o(", ").add(n[0], RefLabel.VOLUME).o("-").add(n[1], RefLabel.ISSUE);
                    } else {
                        b.o(m.nextBoolean() ? ", " : " ").o(pick(m, new String[]{"", "제", "제 "})).add(n[0], RefLabel.VOLUME)
                                .o(pick(m, new String[]{"권", "집"}));
                        if (m.nextDouble() < 0.8) {
                            b.o(m.nextBoolean() ? " " : "").o(m.nextBoolean() ? "제" : "").add(n[1], RefLabel.ISSUE).o("호");
                        }
                    }
                }
            }
            if (m.nextBoolean()) {
                b.o(m.nextBoolean() ? ", pp." : ", ").add(pages, RefLabel.PAGES).o(m.nextDouble() < 0.3 ? "쪽" : "");
            }
        }
        if (!yearDone) {
            boolean paren = m.nextBoolean();
            b.o(paren ? " (" : ", ").add(n[4], RefLabel.YEAR).o(paren ? ")" : "");
        }
        b.o(".");
        return b;
    }

    private static B chinese(Random r) {
        B b = new B();
        String[] n = numbers(r);
        authors(b, r, 1);
        StringBuilder t = new StringBuilder();
        int k = 2 + r.nextInt(5);
        for (int i = 0; i < k; i++) {
            t.append(pick(r, ZH_WORDS));
            if (r.nextDouble() < 0.2) {
                t.append(pick(r, new String[]{"的", "与", "和", "中", "对"}));
            }
        }
        String title = t.toString();
        String journal = pick(r, ZH_PLACES) + pick(r, ZH_JSUFFIX) + (r.nextDouble() < 0.3 ? pick(r, ZH_EDITION) : "");
        int form = r.nextInt(4);
        if (form == 0) {
            // GB/T 7714: 王明, 李华. 标题[J]. 期刊, 2019, 12(3): 45-67.
            b.o(". ").add(title, RefLabel.TITLE).o(r.nextDouble() < 0.7 ? "[J]. " : ". ").add(journal, RefLabel.CONTAINER).o(", ")
                    .add(n[4], RefLabel.YEAR).o(", ").add(n[0], RefLabel.VOLUME);
            if (r.nextDouble() < 0.8) {
                b.o("(").add(n[1], RefLabel.ISSUE).o(")");
            }
            b.o(r.nextBoolean() ? ": " : ":").add(n[2] + "-" + n[3], RefLabel.PAGES).o(".");
        } else if (form == 1) {
            // book: 王明. 标题[M]. 北京: 出版社, 2010.
            b.o(". ").add(title, RefLabel.TITLE).o(r.nextDouble() < 0.7 ? "[M]. " : ". ")
                    .add(pick(r, new String[]{"北京", "上海", "南京", "成都"}), RefLabel.PLACE).o(": ")
                    .add(pick(r, ZH_PLACES) + pick(r, new String[]{"出版社", "人民出版社", "大学出版社", "书局"}), RefLabel.PUBLISHER)
                    .o(", ").add(n[4], RefLabel.YEAR).o(".");
        } else if (form == 2) {
            // 王明, 李华. 标题. 期刊. 2002. 17(1).
            b.o(". ").add(title, RefLabel.TITLE).o(". ").add(journal, RefLabel.CONTAINER).o(". ").add(n[4], RefLabel.YEAR).o(". ")
                    .add(n[0], RefLabel.VOLUME).o("(").add(n[1], RefLabel.ISSUE).o(").");
        } else {
            // 王明, 2013, 标题, 期刊, 2013年第5期.
            b.o(", ").add(n[4], RefLabel.YEAR).o(", ").add(title, RefLabel.TITLE).o(", ").add(journal, RefLabel.CONTAINER)
                    .o(", ").add(n[4], RefLabel.O).o("年第").add(n[1], RefLabel.ISSUE).o("期");
            if (r.nextBoolean()) {
                b.o(", 第").add(n[0], RefLabel.VOLUME).o("卷");
            }
            b.o(".");
        }
        return b;
    }

    private static B japanese(Random r) {
        B b = new B();
        String[] n = numbers(r);
        authors(b, r, 2);
        StringBuilder t = new StringBuilder();
        int k = 2 + r.nextInt(4);
        for (int i = 0; i < k; i++) {
            if (i > 0) {
                t.append(pick(r, JA_LINKS));
            }
            t.append(pick(r, JA_WORDS));
        }
        String title = t.toString();
        String journal = pick(r, new String[]{"日本", "", "電子情報通信", "土木", "建築"}) + pick(r, JA_WORDS) + pick(r, JA_JOURNAL);
        if (r.nextBoolean()) {
            // 山田太郎, 鈴木一郎: タイトル, 雑誌名, Vol.12, No.3, pp.45-67 (2019).
            b.o(r.nextBoolean() ? ": " : ", ").add(title, RefLabel.TITLE).o(", ").add(journal, RefLabel.CONTAINER).o(", Vol.")
                    .add(n[0], RefLabel.VOLUME).o(", No.").add(n[1], RefLabel.ISSUE).o(", pp.").add(n[2] + "-" + n[3], RefLabel.PAGES)
                    .o(" (").add(n[4], RefLabel.YEAR).o(").");
        } else {
            // 山田太郎 (2019) 「タイトル」『雑誌名』12(3), 45-67.
            b.o(" (").add(n[4], RefLabel.YEAR).o(") 「").add(title, RefLabel.TITLE).o("」『").add(journal, RefLabel.CONTAINER).o("』")
                    .add(n[0], RefLabel.VOLUME).o("(").add(n[1], RefLabel.ISSUE).o("), ").add(n[2] + "-" + n[3], RefLabel.PAGES).o(".");
        }
        return b;
    }
}
