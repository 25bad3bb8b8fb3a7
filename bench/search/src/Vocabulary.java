import java.util.SplittableRandom;

/** Per-language news vocabularies sampled with a Zipf distribution (rank r has weight 1/r). */
final class Vocabulary {

    static final Vocabulary EN = new Vocabulary("en", """
            the of and to in said on for that with was is by at from government minister president will
            has have year percent new said country talks meeting economic oil gas price prices market bank
            budget growth trade export import region regional security border agreement official officials
            parliament election elections law draft project company companies investment energy water
            transport railway road port city capital people workers schools hospital health education
            culture festival team match championship tournament football chess week month today Tuesday
            Friday Monday reported according statement visit delegation cooperation development plan
            programme ministry foreign deputy support increase decrease billion million dollars manat
            inflation rate central reform court decision case police emergency weather rain snow farmers
            harvest wheat cotton tourism tourists airport flights capacity construction bridge station
            pipeline corridor summit forum conference negotiations peace process minister's country's
            """, """
            Aliyev Blinken Mammadov Hasanov Bayramov Karimova Guliyev Huseynov Ismayilova Jafarov Safarli Rzayeva
            """, "Baku Ganja Sumgait Shusha Karabakh Tbilisi Ankara Moscow Brussels Geneva Lankaran Nakhchivan");

    static final Vocabulary RU = new Vocabulary("ru", """
            в и на с по что о для из за не к от года заявил президент министр правительство страны
            переговоры встреча экономики нефти газа цены рынка банка бюджета роста торговли экспорта
            импорта региона безопасности границы соглашение представители парламента выборы закон проект
            компании инвестиции энергетики воды транспорта железной дороги порта города столицы жителей
            рабочих школ больницы здравоохранения образования культуры фестиваль команда матч чемпионат
            турнир футбол шахматы неделе месяце сегодня вторник пятницу сообщил согласно заявлении визит
            делегация сотрудничества развития план программы министерства иностранных заместитель
            поддержки рост снижение миллиардов миллионов долларов манатов инфляции ставки центрального
            реформы суда решение дела полиции погоды дождь снег фермеров урожая пшеницы хлопка туризма
            туристов аэропорта рейсов строительства моста станции трубопровода коридора саммит форум
            конференции мирного процесса всё её ещё объём
            """, """
            Алиев Блинкен Мамедов Гасанов Байрамов Керимова Гулиев Гусейнов Исмаилова Джафаров Сафарли Рзаева
            """, "Баку Гянджа Сумгайыт Шуша Карабах Тбилиси Анкара Москва Брюссель Женева Ленкорань Нахчыван");

    static final Vocabulary AZ = new Vocabulary("az", """
            və bu ilə üçün da də bir olan il faiz prezident nazir hökumət ölkə danışıqlar görüş
            iqtisadiyyat neft qaz qiymət bazar bank büdcə artım ticarət ixrac idxal region təhlükəsizlik
            sərhəd saziş rəsmi parlament seçki seçkilər qanun layihə şirkət investisiya enerji su nəqliyyat
            dəmir yol liman şəhər paytaxt sakinlər işçilər məktəb xəstəxana səhiyyə təhsil mədəniyyət
            festival komanda oyun çempionat turnir futbol şahmat həftə ay bu gün çərşənbə axşamı cümə
            bildirib məlumat bəyanat səfər nümayəndə əməkdaşlıq inkişaf plan proqram nazirlik xarici
            müavin dəstək artırılması azalma milyard milyon dollar manat inflyasiya dərəcə mərkəzi islahat
            məhkəmə qərar iş polis hava yağış qar fermerlər məhsul buğda pambıq turizm turistlər hava limanı
            reyslər tikinti körpü stansiya boru kəməri dəhliz sammit forum konfrans sülh prosesi
            Bakıda Bakının Gəncədə Şuşada nazirliyi prezidentin ölkənin
            """, """
            Əliyev Blinken Məmmədov Həsənov Bayramov Kərimova Quliyev Hüseynov İsmayılova Cəfərov Səfərli Rzayeva
            """, "Bakı Gəncə Sumqayıt Şuşa Qarabağ Tbilisi Ankara Moskva Brüssel Cenevrə Lənkəran Naxçıvan");

    static final Vocabulary[] ALL = {AZ, RU, EN};

    final String code;
    final String[] words;
    final String[] names;
    final String[] places;
    private final double[] cumulative;

    private Vocabulary(String code, String words, String names, String places) {
        this.code = code;
        this.words = words.strip().split("\\s+");
        this.names = names.strip().split("\\s+");
        this.places = places.strip().split("\\s+");
        this.cumulative = new double[this.words.length];
        double sum = 0;
        for (int r = 0; r < this.words.length; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= sum;
        }
    }

    String word(SplittableRandom random) {
        double x = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < x) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return words[low];
    }

    String place(SplittableRandom random) {
        return places[random.nextInt(places.length)];
    }

    String sentence(SplittableRandom random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            double kind = random.nextDouble();
            String next = kind < 0.05 ? names[random.nextInt(names.length)]
                    : kind < 0.09 ? place(random)
                    : word(random);
            if (i == 0) {
                next = Character.toUpperCase(next.charAt(0)) + next.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(next);
        }
        return out.append('.').toString();
    }

    String body(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int paragraphs = 4 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + random.nextInt(2);
            for (int s = 0; s < sentences; s++) {
                out.append(s == 0 ? "" : " ").append(sentence(random, 10 + random.nextInt(9)));
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
