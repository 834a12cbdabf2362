namespace CommunityChat.LoadTests.Search;

/// <summary>
/// Words for generated chats in the interface's three languages: the function words first (the most frequent), then
/// content words of the kind hashtag chats use, then a long tail of made-up words so the vocabulary has the size and
/// the Zipf-shaped frequencies of real text. Deterministic: the same seed makes the same database.
/// </summary>
internal sealed class Vocabulary
{
    public static readonly string[] EnglishFunction =
        ["the", "a", "to", "and", "of", "is", "in", "it", "you", "that", "for", "we", "on", "with", "be", "are", "our", "my", "this", "your", "when", "what", "so", "not", "can"];

    public static readonly string[] EnglishContent =
    [
        "community", "trust", "members", "leadership", "listening", "welcome", "newcomers", "moderation", "rules", "kindness",
        "growth", "engagement", "content", "strategy", "audience", "brand", "twitter", "chat", "question", "answer",
        "feedback", "respect", "conversation", "value", "consistency", "schedule", "weekly", "guest", "host", "recap",
        "transcript", "followers", "network", "relationships", "support", "patience", "habit", "ritual", "gratitude", "story",
        "stories", "share", "sharing", "learn", "learning", "teaching", "mentor", "mentoring", "culture", "values",
        "mission", "vision", "goals", "metrics", "analytics", "reach", "impressions", "hashtag", "thread", "threads",
        "video", "podcast", "newsletter", "email", "blog", "writing", "editing", "design", "photos", "images",
        "tools", "automation", "scheduling", "calendar", "planning", "events", "meetup", "volunteers", "ambassadors", "champions",
        "trolls", "spam", "conflict", "drama", "boundaries", "safety", "privacy", "moderators", "guidelines", "policy",
        "onboarding", "retention", "churn", "loyalty", "belonging", "identity", "authentic", "transparent", "honest", "vulnerable",
        "empathy", "curiosity", "courage", "humility", "generosity", "recognition", "celebrate", "celebrating", "milestones", "anniversary",
        "launch", "product", "customers", "service", "marketing", "sales", "startup", "business", "career", "jobs",
        "remote", "online", "offline", "local", "global", "diversity", "inclusion", "accessibility", "captions", "translation",
    ];

    public static readonly string[] FrenchFunction =
        ["le", "la", "les", "de", "des", "et", "un", "une", "est", "en", "que", "pour", "dans", "nous", "vous", "qui", "sur", "avec", "pas", "ce"];

    public static readonly string[] FrenchContent =
    [
        "communauté", "confiance", "membres", "écoute", "bienvenue", "nouveaux", "modération", "règles", "bienveillance", "croissance",
        "engagement", "contenu", "stratégie", "public", "marque", "échange", "question", "réponse", "retour", "respect",
        "conversation", "valeur", "régularité", "semaine", "invité", "animateur", "résumé", "abonnés", "réseau", "relations",
        "soutien", "patience", "habitude", "rituel", "gratitude", "histoire", "partager", "apprendre", "enseigner", "mentor",
        "culture", "valeurs", "mission", "objectifs", "mesures", "portée", "fil", "vidéo", "lettre", "écriture",
        "outils", "calendrier", "événements", "bénévoles", "ambassadeurs", "conflit", "sécurité", "vie", "privée", "modérateurs",
        "accueil", "fidélité", "appartenance", "identité", "authentique", "honnête", "empathie", "curiosité", "courage", "humilité",
        "générosité", "reconnaissance", "célébrer", "étapes", "anniversaire", "lancement", "produit", "clients", "entreprise", "carrière",
        "télétravail", "diversité", "inclusion", "accessibilité", "sous-titres", "traduction", "équipe", "réussite", "qualité", "créativité",
    ];

    public static readonly string[] ChineseContent =
    [
        "社区", "信任", "成员", "倾听", "欢迎", "新人", "管理", "规则", "善意", "成长",
        "参与", "内容", "策略", "受众", "品牌", "交流", "问题", "回答", "反馈", "尊重",
        "对话", "价值", "坚持", "每周", "嘉宾", "主持", "总结", "粉丝", "网络", "关系",
        "支持", "耐心", "习惯", "仪式", "感恩", "故事", "分享", "学习", "教学", "导师",
        "文化", "使命", "愿景", "目标", "数据", "分析", "话题", "视频", "播客", "邮件",
        "写作", "设计", "图片", "工具", "日程", "计划", "活动", "志愿", "冲突", "安全",
        "隐私", "指南", "留存", "忠诚", "归属", "身份", "真诚", "透明", "诚实", "同理",
        "好奇", "勇气", "谦逊", "慷慨", "认可", "庆祝", "里程", "产品", "客户", "服务",
        "营销", "创业", "职业", "远程", "线上", "线下", "本地", "全球", "多元", "包容",
    ];

    public static readonly string[] ChineseFunction = ["我们", "你们", "他们", "一个", "这个", "非常", "可以", "没有", "就是", "因为", "所以", "但是", "的", "了", "是", "在", "和", "很"];

    private const string Syllables = "ka lo mi ne su ta ri po ve da fu gi ho ju ke la mo ni pu ro sa te vo wa yi zu ba ce di";

    private const string Ideographs = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持音";

    private readonly Random _random;
    private readonly string[] _english;
    private readonly string[] _french;
    private readonly string[] _chinese;

    public Vocabulary(int seed, int tail)
    {
        _random = new Random(seed);
        var syllables = Syllables.Split(' ');
        string Made(int i) => string.Concat(Enumerable.Range(0, 3).Select(k => syllables[(i / (int)Math.Pow(syllables.Length, k)) % syllables.Length])) + (i % 7 == 0 ? "s" : "");
        _english = [.. EnglishFunction, .. EnglishContent, .. Enumerable.Range(0, tail).Select(Made)];
        _french = [.. FrenchFunction, .. FrenchContent, .. Enumerable.Range(tail, tail).Select(i => Made(i) + (i % 3 == 0 ? "é" : ""))];
        _chinese = [.. ChineseFunction, .. ChineseContent, .. Enumerable.Range(0, tail).Select(i => $"{Ideographs[i * 7 % Ideographs.Length]}{Ideographs[(i * 13 + 5) % Ideographs.Length]}")];
    }

    public Random Random => _random;

    public string EnglishPost(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Zipf(_english)));

    public string FrenchPost(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Zipf(_french)));

    public string ChinesePost(int words) => string.Concat(Enumerable.Range(0, words).Select(i => Zipf(_chinese) + (i % 6 == 5 ? "，" : ""))) + "。";

    /// <summary>Zipf with exponent 1 over the list's order: the first word is the most frequent.</summary>
    private string Zipf(string[] words)
    {
        // Inverse transform of the continuous approximation: rank = n^u.
        var rank = (int)Math.Pow(words.Length, _random.NextDouble());
        return words[Math.Clamp(rank - 1, 0, words.Length - 1)];
    }
}
