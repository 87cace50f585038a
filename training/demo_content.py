"""Texts of the training demo: the four courses the handbook names, two events and the
appendix 4 onboarding template, in fi, sv and en. Written from the handbook (seed 004)."""

INDEX = {
    "fi": {
        "title": "Koulutus",
        "slug": "koulutus",
        "intro": "<p>Verkkokursseja ankkuritiimien asiantuntijoille ja esihenkilöille sekä "
        "valtakunnalliset seminaarit ja alueelliset koulutuspäivät.</p>",
    },
    "sv": {
        "title": "Utbildning",
        "slug": "utbildning",
        "intro": "<p>Webbkurser för experter och chefer i ankarteamen samt nationella "
        "seminarier och regionala utbildningsdagar.</p>",
    },
    "en": {
        "title": "Training",
        "slug": "training",
        "intro": "<p>Online courses for the experts and managers of anchor teams, the national "
        "seminar and regional training days.</p>",
    },
}

# Each course: slug/title/description/audience per language, minutes, and modules of lessons.
# Lesson "handbook" lists words to find a handbook page to link to, if the handbook exists.
COURSES = [
    {
        "key": "law",
        "minutes": 90,
        "fi": {
            "title": "Lainsäädäntö ja tietojenvaihto",
            "slug": "lainsaadanto-ja-tietojenvaihto",
            "description": "<p>Mitä tietoja ankkuritiimissä saa vaihtaa, milloin tarvitaan "
            "nuoren suostumus ja mitä salassapito ja vaitiolovelvollisuus tarkoittavat.</p>",
            "audience": "Kaikki ankkuritiimien asiantuntijat ja esihenkilöt.",
        },
        "sv": {
            "title": "Lagstiftning och informationsutbyte",
            "slug": "lagstiftning-och-informationsutbyte",
            "description": "<p>Vilka uppgifter som får utbytas i ankarteamet, när den ungas "
            "samtycke behövs och vad sekretess och tystnadsplikt innebär.</p>",
            "audience": "Alla experter och chefer i ankarteamen.",
        },
        "en": {
            "title": "Legislation and information exchange",
            "slug": "legislation-and-information-exchange",
            "description": "<p>What information an anchor team may exchange, when the young "
            "person's consent is needed and what secrecy and the duty of confidentiality "
            "mean.</p>",
            "audience": "All experts and managers of anchor teams.",
        },
        "modules": [
            {
                "fi": "Tietojenvaihdon perusteet",
                "sv": "Grunderna för informationsutbyte",
                "en": "Basics of information exchange",
                "lessons": [
                    {
                        "handbook": ["tietojenvaihto", "informationsutbyte"],
                        "fi": (
                            "Suostumus tietojenvaihtoon",
                            "<p>Tietojenvaihto tarkoittaa, että asiakastieto siirtyy "
                            "asiantuntijalta toiselle. Se rajoittaa nuoren yksityisyyden "
                            "suojaa, joten nuorelta pyydetään suostumus tietojenvaihtoon "
                            "ankkuritiimissä jo tapaamiskutsussa tai viimeistään tapaamisen "
                            "alussa. Suostumuksen jälkeen tietoa vaihdetaan vain siinä "
                            "laajuudessa kuin nuoren etu vaatii.</p>",
                        ),
                        "sv": (
                            "Samtycke till informationsutbyte",
                            "<p>Med informationsutbyte avses att klientuppgifter överlåts "
                            "från en expert till en annan. Det inskränker den ungas "
                            "integritetsskydd, och därför ombeds den unga ge sitt samtycke "
                            "till informationsutbyte inom ankarteamet redan i inbjudan eller "
                            "senast i början av träffen. Efter samtycket utbyts uppgifter "
                            "endast i den omfattning som den ungas intresse kräver.</p>",
                        ),
                        "en": (
                            "Consent to information exchange",
                            "<p>Information exchange means that client information passes "
                            "from one expert to another. It limits the young person's "
                            "privacy, so the young person is asked to consent to information "
                            "exchange within the anchor team in the invitation or at the "
                            "latest when the meeting starts. After consent, information is "
                            "exchanged only as far as the young person's interest requires."
                            "</p>",
                        ),
                    },
                    {
                        "handbook": ["salassapito", "sekretess"],
                        "fi": (
                            "Salassapito ja vaitiolovelvollisuus",
                            "<p>Viranomaisilla on vaitiolovelvollisuus yksittäistä nuorta "
                            "koskevissa asioissa. Salassa pidettäviä ovat esimerkiksi "
                            "rikosilmoitukset, sosiaalihuollon asiakastiedot, potilaan "
                            "terveystiedot ja etsivän nuorisotyön tiedot. Käsittele tietoja "
                            "vain organisaatiosi hyväksymillä laitteilla ja ohjelmilla, "
                            "äläkä luovuta niitä ulkopuolisille.</p>",
                        ),
                        "sv": (
                            "Sekretess och tystnadsplikt",
                            "<p>Myndigheterna har tystnadsplikt i ärenden som gäller en "
                            "enskild ung person. Sekretessbelagda är till exempel "
                            "polisanmälningar, klientuppgifter inom socialvården, "
                            "hälsouppgifter om patienter och uppgifter inom uppsökande "
                            "ungdomsarbete. Behandla uppgifterna endast med datorer och "
                            "program som din organisation godkänt och lämna inte ut dem "
                            "till utomstående.</p>",
                        ),
                        "en": (
                            "Secrecy and the duty of confidentiality",
                            "<p>Authorities have a duty of confidentiality in matters "
                            "concerning an individual young person. Police reports, social "
                            "welfare client data, patients' health data and the data of "
                            "outreach youth work are, for example, secret. Handle the data "
                            "only with devices and software your organisation has approved, "
                            "and never give it to outsiders.</p>",
                        ),
                    },
                ],
            },
            {
                "fi": "Tietojenvaihto ilman suostumusta",
                "sv": "Informationsutbyte utan samtycke",
                "en": "Information exchange without consent",
                "lessons": [
                    {
                        "handbook": ["lainsäädäntö", "lagstiftning"],
                        "fi": (
                            "Kun laki sallii tietojenvaihdon",
                            "<p>Jos tapaamisen syy on asia, jota lain mukaan voidaan "
                            "käsitellä ilman nuoren suostumusta, tietoa voidaan vaihtaa "
                            "siinä laajuudessa kuin laki sallii. Suostumusta ei tarvita "
                            "esimerkiksi lastensuojeluilmoituksen yhteydessä tai tietyin "
                            "edellytyksin väkivaltariskin arvioinnissa. Salassapito ei "
                            "myöskään poista velvollisuutta tehdä lastensuojeluilmoitus "
                            "(lastensuojelulaki 25 §).</p>",
                        ),
                        "sv": (
                            "När lagen tillåter informationsutbyte",
                            "<p>Om orsaken till träffen är ett ärende som enligt lag kan "
                            "behandlas utan den ungas samtycke, får uppgifter utbytas i den "
                            "mån lagen tillåter. Samtycke krävs inte till exempel i samband "
                            "med en barnskyddsanmälan eller, under vissa förutsättningar, en "
                            "våldsriskbedömning. Sekretessen upphäver inte heller "
                            "skyldigheten att göra en barnskyddsanmälan (25 § i "
                            "barnskyddslagen).</p>",
                        ),
                        "en": (
                            "When the law allows information exchange",
                            "<p>If the reason for the meeting is a matter the law allows to "
                            "be handled without the young person's consent, information may "
                            "be exchanged as far as the law allows. Consent is not needed, "
                            "for example, with a child-welfare notification or, on certain "
                            "conditions, in a violence risk assessment. Secrecy does not "
                            "remove the duty to make a child-welfare notification (Child "
                            "Welfare Act, section 25).</p>",
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "cooperation",
        "minutes": 60,
        "fi": {
            "title": "Moniammatillinen yhteistyö",
            "slug": "moniammatillinen-yhteistyo",
            "description": "<p>Miten poliisi, sosiaalityö, terveydenhuolto ja nuorisotyö "
            "toimivat yhtenä tiiminä ja yhdessä kumppaneiden kanssa.</p>",
            "audience": "Uudet ankkuriasiantuntijat ja yhteistyökumppanit.",
        },
        "sv": {
            "title": "Multiprofessionellt samarbete",
            "slug": "multiprofessionellt-samarbete",
            "description": "<p>Hur polisen, socialarbetet, hälsovården och ungdomsarbetet "
            "arbetar som ett team och tillsammans med samarbetspartner.</p>",
            "audience": "Nya ankarexperter och samarbetspartner.",
        },
        "en": {
            "title": "Multi-professional cooperation",
            "slug": "multi-professional-cooperation",
            "description": "<p>How the police, social work, health care and youth work act as "
            "one team and together with partners.</p>",
            "audience": "New anchor experts and partners.",
        },
        "modules": [
            {
                "fi": "Ankkuritiimi",
                "sv": "Ankarteamet",
                "en": "The anchor team",
                "lessons": [
                    {
                        "handbook": ["moniammatillinen", "multiprofessionellt"],
                        "fi": (
                            "Neljä ammattikuntaa, yksi tiimi",
                            "<p>Ankkuritiimissä työskentelevät poliisi, sosiaalityöntekijä, "
                            "sairaanhoitaja tai muu terveydenhuollon ammattilainen ja "
                            "nuorisotyöntekijä. Moniammatillisuus perustuu yhteisiin "
                            "tavoitteisiin, keskinäiseen kunnioitukseen ja yhdessä "
                            "sovittuihin toimintatapoihin. Yhteiset työtilat edistävät "
                            "yhteistyötä ja tiedonkulkua.</p>",
                        ),
                        "sv": (
                            "Fyra yrkesgrupper, ett team",
                            "<p>I ankarteamet arbetar en polis, en socialarbetare, en "
                            "sjukskötare eller annan yrkesutbildad person inom hälsovården "
                            "och en ungdomsarbetare. Multiprofessionaliteten bygger på "
                            "gemensamma mål, ömsesidig respekt och gemensamt överenskomna "
                            "arbetssätt. Gemensamma arbetslokaler främjar samarbetet och "
                            "informationsutbytet.</p>",
                        ),
                        "en": (
                            "Four professions, one team",
                            "<p>An anchor team has a police officer, a social worker, a "
                            "nurse or other health professional and a youth worker. Its "
                            "multi-professional work rests on shared goals, mutual respect "
                            "and working practices agreed together. Shared premises help "
                            "cooperation and the flow of information.</p>",
                        ),
                    },
                    {
                        "handbook": [],
                        "fi": (
                            "Oma rooli tiimissä",
                            "<p>Jokainen asiantuntija kertoo tiimille oman roolinsa ja "
                            "organisaationsa toiminnan ja vastaa omalta osaltaan siitä, että "
                            "muut tuntevat hänen alansa lainsäädännön ja toimintatavat. Kun "
                            "tuntee muiden ammattikuntien työn, osaa vaihtaa tietoa oikeaan "
                            "aikaan ja oikealla sisällöllä.</p>",
                        ),
                        "sv": (
                            "Den egna rollen i teamet",
                            "<p>Varje expert berättar för teamet om sin egen roll och sin "
                            "organisation och ansvarar för sin del för att de övriga känner "
                            "till lagstiftningen och arbetssätten inom expertens bransch. Den "
                            "som känner till de andra yrkesgruppernas arbete kan utbyta "
                            "information i rätt tid och med korrekt innehåll.</p>",
                        ),
                        "en": (
                            "Your own role in the team",
                            "<p>Every expert tells the team about their own role and "
                            "organisation and helps the others learn the legislation and "
                            "practices of their field. Knowing the other professions' work "
                            "lets you exchange information at the right time and with the "
                            "right content.</p>",
                        ),
                    },
                ],
            },
            {
                "fi": "Yhteistyökumppanit",
                "sv": "Samarbetspartner",
                "en": "Partners",
                "lessons": [
                    {
                        "handbook": ["yhteistyökumppan", "samarbetspartner"],
                        "fi": (
                            "Verkostot ja ankkurikahvit",
                            "<p>Ankkuritiimi tekee yhteistyötä kriisipalvelujen, koulujen, "
                            "nuorisopalvelujen, järjestöjen ja seurakuntien kanssa ja ohjaa "
                            "nuoria niiden palveluihin. Kuukausittaiset ankkurikahvit ovat "
                            "matalan kynnyksen tapaamisia, joissa kumppanit vaihtavat "
                            "ajankohtaisia kuulumisia ja tutustuvat toistensa työhön.</p>",
                        ),
                        "sv": (
                            "Nätverk och ankarkaffe",
                            "<p>Ankarteamet samarbetar med krisjourer, skolor, "
                            "ungdomstjänster, organisationer och församlingar och hänvisar "
                            "unga till deras tjänster. Det månatliga ankarkaffet är en "
                            "lågtröskelträff där parterna utbyter aktuell information och "
                            "lär känna varandras arbete.</p>",
                        ),
                        "en": (
                            "Networks and anchor coffee",
                            "<p>The anchor team works with crisis services, schools, youth "
                            "services, NGOs and parishes and refers young people to their "
                            "services. The monthly anchor coffee is an informal meeting where "
                            "partners share current news and get to know each other's "
                            "work.</p>",
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "leading",
        "minutes": 75,
        "fi": {
            "title": "Moniammatillisen tiimin johtaminen",
            "slug": "moniammatillisen-tiimin-johtaminen",
            "description": "<p>Ohjausryhmä, esimiestiimi, koordinoiva esihenkilö ja "
            "tiiminvetäjä: kuka päättää mistä ja miten uutta asiantuntijaa tuetaan.</p>",
            "audience": "Tiiminvetäjät, esihenkilöt ja ohjausryhmien jäsenet.",
        },
        "sv": {
            "title": "Att leda ett multiprofessionellt team",
            "slug": "att-leda-ett-multiprofessionellt-team",
            "description": "<p>Styrgrupp, chefsteam, samordnande chef och teamledare: vem "
            "beslutar om vad och hur en ny expert stöds.</p>",
            "audience": "Teamledare, chefer och medlemmar i styrgrupper.",
        },
        "en": {
            "title": "Leading a multi-professional team",
            "slug": "leading-a-multi-professional-team",
            "description": "<p>Steering group, management team, coordinating manager and team "
            "leader: who decides what, and how a new expert is supported.</p>",
            "audience": "Team leaders, managers and members of steering groups.",
        },
        "modules": [
            {
                "fi": "Johtamisen rakenteet",
                "sv": "Ledningens strukturer",
                "en": "Structures of management",
                "lessons": [
                    {
                        "handbook": ["organisointi", "organisering"],
                        "fi": (
                            "Ohjausryhmä, esimiestiimi ja koordinoiva esihenkilö",
                            "<p>Paikallinen ohjausryhmä hyväksyy toimintasuunnitelman ja "
                            "toimintakertomuksen. Esimiestiimiin kuuluvat asiantuntijoiden "
                            "omat esihenkilöt, ja sen koordinoiva esihenkilö vastaa "
                            "toimintakertomuksesta ja valtakunnallisesta raportoinnista. "
                            "Esihenkilöt valitaan osaamisen ja motivaation perusteella, ei "
                            "virka-aseman.</p>",
                        ),
                        "sv": (
                            "Styrgrupp, chefsteam och samordnande chef",
                            "<p>Den lokala styrgruppen godkänner verksamhetsplanen och "
                            "verksamhetsberättelsen. Chefsteamet består av experternas egna "
                            "chefer, och dess samordnande chef ansvarar för "
                            "verksamhetsberättelsen och den nationella rapporteringen. "
                            "Cheferna utses utifrån kompetens och motivation, inte "
                            "tjänsteställning.</p>",
                        ),
                        "en": (
                            "Steering group, management team and coordinating manager",
                            "<p>The local steering group approves the plan and the annual "
                            "report. The management team is made up of the experts' own line "
                            "managers; its coordinating manager is responsible for the annual "
                            "report and national reporting. Managers are chosen for their "
                            "competence and motivation, not their position.</p>",
                        ),
                    },
                    {
                        "handbook": [],
                        "fi": (
                            "Tiiminvetäjän arki",
                            "<p>Tiiminvetäjä johtaa tiimin päivittäistä työtä, sopii "
                            "tapaamiskäytännöistä ja huolehtii uusien asiantuntijoiden "
                            "perehdytyksestä. Hän pitää yhteyttä esimiestiimiin ja tuo sen "
                            "kokouksiin tiimin havainnot ja kehittämistarpeet.</p>",
                        ),
                        "sv": (
                            "Teamledarens vardag",
                            "<p>Teamledaren leder teamets dagliga arbete, kommer överens om "
                            "mötespraxis och sköter introduktionen av nya experter. Hen "
                            "håller kontakt med chefsteamet och för teamets iakttagelser och "
                            "utvecklingsbehov till dess möten.</p>",
                        ),
                        "en": (
                            "A team leader's everyday work",
                            "<p>The team leader runs the team's daily work, agrees on meeting "
                            "practice and takes care of onboarding new experts. They keep in "
                            "touch with the management team and bring the team's "
                            "observations and development needs to its meetings.</p>",
                        ),
                    },
                ],
            },
            {
                "fi": "Osaamisen tukeminen",
                "sv": "Stöd för kompetensen",
                "en": "Supporting competence",
                "lessons": [
                    {
                        "handbook": ["perehdytys", "introduktion"],
                        "fi": (
                            "Perehdytys, mentorointi ja työnohjaus",
                            "<p>Jokaisessa ankkuritiimissä laaditaan perehdytysohjelma "
                            "(liite 4) ja sovitaan, kuka vastaa sen toteutuksesta. "
                            "Mentorointi siirtää kokeneemman asiantuntijan hiljaista tietoa "
                            "uudelle, ja säännöllinen työnohjaus auttaa jaksamaan ja "
                            "arvioimaan omaa työtä.</p>",
                        ),
                        "sv": (
                            "Introduktion, mentorskap och arbetshandledning",
                            "<p>Varje ankarteam utarbetar ett introduktionsprogram (bilaga "
                            "4) och slår fast vem som ansvarar för det. Mentorskap för över "
                            "en mer erfaren experts dolda kunskap till den nya, och "
                            "regelbunden arbetshandledning hjälper experterna att orka och "
                            "utvärdera sitt eget arbete.</p>",
                        ),
                        "en": (
                            "Onboarding, mentoring and supervision",
                            "<p>Every anchor team draws up an onboarding programme (appendix "
                            "4) and agrees who is responsible for it. Mentoring passes a more "
                            "experienced expert's tacit knowledge to the new one, and regular "
                            "supervision helps experts cope and evaluate their own work.</p>",
                        ),
                    },
                ],
            },
        ],
    },
    {
        "key": "radicalisation",
        "minutes": 60,
        "fi": {
            "title": "Väkivaltaisen radikalisoitumisen ennaltaehkäisy",
            "slug": "vakivaltaisen-radikalisoitumisen-ennaltaehkaisy",
            "description": "<p>Väkivaltaisen radikalisoitumisen tunnistaminen ja ennaltaehkäisy "
            "ankkuritoiminnassa. Tämän kohderyhmän osalta ei ole ikärajaa.</p>",
            "audience": "Ankkuriasiantuntijat ja yhteistyökumppanit.",
        },
        "sv": {
            "title": "Förebyggande av våldsam radikalisering",
            "slug": "forebyggande-av-valdsam-radikalisering",
            "description": "<p>Att identifiera och förebygga våldsam radikalisering i "
            "ankarverksamheten. För denna målgrupp finns ingen åldersgräns.</p>",
            "audience": "Ankarexperter och samarbetspartner.",
        },
        "en": {
            "title": "Preventing violent radicalisation",
            "slug": "preventing-violent-radicalisation",
            "description": "<p>Recognising and preventing violent radicalisation in anchor "
            "work. This target group has no age limit.</p>",
            "audience": "Anchor experts and partners.",
        },
        "modules": [
            {
                "fi": "Ilmiön tunnistaminen",
                "sv": "Att känna igen fenomenet",
                "en": "Recognising the phenomenon",
                "lessons": [
                    {
                        "handbook": ["radikalis"],
                        "fi": (
                            "Mitä radikalisoituminen on",
                            "<p>Väkivaltainen radikalisoituminen voi perustua äärioikeistoon, "
                            "äärivasemmistoon, uskonnollisiin ideologioihin tai muihin "
                            "aatteisiin. Se ei ole suoraviivainen prosessi, eikä sille ole "
                            "yhtä syytä. Ryhmä voi tarjota nuorelle hyväksyntää ja "
                            "merkityksellisyyttä, joita hän ei muualta saa.</p>",
                        ),
                        "sv": (
                            "Vad radikalisering är",
                            "<p>Våldsam radikalisering kan bygga på extremhögern, "
                            "extremvänstern, religiösa ideologier eller andra idéer. Det är "
                            "inte ett lineärt fenomen och har ingen entydig orsak. En grupp "
                            "kan ge den unga acceptans och mening som hen inte får "
                            "annanstans.</p>",
                        ),
                        "en": (
                            "What radicalisation is",
                            "<p>Violent radicalisation may build on the far right, the far "
                            "left, religious ideologies or other ideas. It is not a linear "
                            "process and has no single cause. A group can give a young "
                            "person acceptance and meaning they do not find elsewhere.</p>",
                        ),
                    },
                    {
                        "handbook": [],
                        "fi": (
                            "Riski- ja suojaavat tekijät",
                            "<p>Samat tekijät voivat sekä lisätä riskiä että suojata. "
                            "Suojaavia tekijöitä ovat esimerkiksi turvalliset ihmissuhteet, "
                            "osallisuus, koulunkäynti ja mielekäs tekeminen. Ankkuritoiminta "
                            "vahvistaa nuoren hyvinvointia ja vähentää näin "
                            "radikalisoitumisen riskiä.</p>",
                        ),
                        "sv": (
                            "Risk- och skyddsfaktorer",
                            "<p>Samma faktorer kan både öka risken och skydda. Skyddande "
                            "faktorer är till exempel trygga relationer, delaktighet, "
                            "skolgång och meningsfull sysselsättning. Ankarverksamheten "
                            "stärker den ungas välbefinnande och minskar därmed risken för "
                            "radikalisering.</p>",
                        ),
                        "en": (
                            "Risk and protective factors",
                            "<p>The same factors can both raise the risk and protect. "
                            "Protective factors include safe relationships, participation, "
                            "school and meaningful things to do. Anchor work strengthens the "
                            "young person's well-being and so lowers the risk of "
                            "radicalisation.</p>",
                        ),
                    },
                ],
            },
            {
                "fi": "Toiminta ankkurissa",
                "sv": "Arbetet i ankaret",
                "en": "Acting in anchor work",
                "lessons": [
                    {
                        "handbook": [],
                        "fi": (
                            "Huoli radikalisoitumisesta",
                            "<p>Kun huoli herää, ankkuritiimi tapaa nuoren ja arvioi "
                            "tilannetta moniammatillisesti. Rakenteellinen arviointi, kuten "
                            "VERA-2, edellyttää sertifioitua koulutusta. Nuori ohjataan "
                            "tarvittaessa esimerkiksi irtautumista tukevaan "
                            "Exit-toimintaan, ja työtä jatketaan yhdessä kumppaneiden "
                            "kanssa.</p>",
                        ),
                        "sv": (
                            "Oro för radikalisering",
                            "<p>När oron väcks träffar ankarteamet den unga och bedömer "
                            "läget multiprofessionellt. Strukturerad bedömning, såsom "
                            "VERA-2, kräver certifierad utbildning. Vid behov hänvisas den "
                            "unga till exempel till Exit-verksamhet som stöder avhopp, och "
                            "arbetet fortsätter tillsammans med samarbetspartner.</p>",
                        ),
                        "en": (
                            "Concern about radicalisation",
                            "<p>When there is a concern, the anchor team meets the young "
                            "person and assesses the situation together. A structured "
                            "assessment such as VERA-2 requires certified training. Where "
                            "needed the young person is referred, for example, to Exit work "
                            "that supports leaving a group, and the work continues with "
                            "partners.</p>",
                        ),
                    },
                ],
            },
        ],
    },
]

HANDBOOK_LINK_TEXT = {
    "fi": "Lue lisää käsikirjasta",
    "sv": "Läs mer i handboken",
    "en": "Read more in the handbook",
}

EVENTS = [
    {
        "key": "seminar",
        "kind": "national_seminar",
        "days_ahead": 60,
        "start_hour": 9,
        "hours": 7,
        "deadline_days_before": 14,
        "capacity": 200,
        "is_online": True,
        "fi": {
            "title": "Ankkuritoiminnan valtakunnallinen seminaari",
            "slug": "valtakunnallinen-seminaari",
            "place": "Helsinki, Poliisiammattikorkeakoulu, ja verkossa",
            "description": "<p>Vuosittainen seminaari kaikille ankkuritiimeille: "
            "valtakunnallinen tilastokatsaus, ajankohtaista lainsäädännöstä ja tiimien "
            "hyviä käytäntöjä.</p>",
        },
        "sv": {
            "title": "Ankarverksamhetens nationella seminarium",
            "slug": "nationellt-seminarium",
            "place": "Helsingfors, Polisyrkeshögskolan, och på webben",
            "description": "<p>Det årliga seminariet för alla ankarteam: den nationella "
            "statistiköversikten, aktuellt om lagstiftningen och teamens goda praxis.</p>",
        },
        "en": {
            "title": "National seminar on anchor work",
            "slug": "national-seminar",
            "place": "Helsinki, Police University College, and online",
            "description": "<p>The yearly seminar for every anchor team: the national "
            "statistics review, current legislation and good practice from the teams.</p>",
        },
    },
    {
        "key": "regional",
        "kind": "regional_training_day",
        "days_ahead": 30,
        "start_hour": 9,
        "hours": 6,
        "deadline_days_before": 7,
        "capacity": 40,
        "is_online": False,
        "fi": {
            "title": "Alueellinen koulutuspäivä: tietojenvaihto käytännössä",
            "slug": "alueellinen-koulutuspaiva-tampere",
            "place": "Tampere, Sarankulmankatu 12",
            "description": "<p>Pirkanmaan, Satakunnan ja Kanta-Hämeen tiimien yhteinen "
            "koulutuspäivä. Harjoittelemme tapausten avulla, milloin tietoa saa vaihtaa "
            "ilman suostumusta.</p>",
        },
        "sv": {
            "title": "Regional utbildningsdag: informationsutbyte i praktiken",
            "slug": "regional-utbildningsdag-tammerfors",
            "place": "Tammerfors, Sarankulmankatu 12",
            "description": "<p>En gemensam utbildningsdag för teamen i Birkaland, Satakunta "
            "och Egentliga Tavastland. Med hjälp av fall övar vi när uppgifter får utbytas "
            "utan samtycke.</p>",
        },
        "en": {
            "title": "Regional training day: information exchange in practice",
            "slug": "regional-training-day-tampere",
            "place": "Tampere, Sarankulmankatu 12",
            "description": "<p>A joint training day for the teams of Pirkanmaa, Satakunta and "
            "Kanta-Häme. Using cases, we practise when information may be exchanged without "
            "consent.</p>",
        },
    },
]

TEMPLATE_NAME = {
    "fi": "Ankkuritoiminnan perehdytyssuunnitelma (liite 4)",
    "sv": "Introduktionsplan för ankarverksamheten (bilaga 4)",
    "en": "Onboarding plan for anchor work (appendix 4)",
}

# Appendix 4: topics and their items. (role, offset days, fi, sv, en, note fi, sv, en)
TEMPLATE_TOPICS = [
    (
        ("Ankkuritoiminta", "Ankarverksamhet", "Anchor work"),
        [
            (
                "team_leader",
                0,
                "Ankkuritoiminnan tavoitteet ja tehtävät sekä toimintaa ohjaavat periaatteet",
                "Ankarverksamhetens målsättningar och uppgifter samt principer som styr "
                "verksamheten",
                "The goals and tasks of anchor work and the principles that guide it",
                "Nuoren osallisuus, yksilöllisyys ja kokonaistilanne; varhainen puuttuminen.",
                "Den ungas delaktighet, individualitet och helhetssituation; tidigt ingripande.",
                "The young person's participation, individuality and whole situation; early "
                "intervention.",
            ),
        ],
    ),
    (
        (
            "Ankkuritoiminnan organisointi, ohjaus ja johtaminen",
            "Organisering, styrning och ledning av ankarverksamheten",
            "Organisation, steering and management of anchor work",
        ),
        [
            (
                "coordinating_manager",
                7,
                "Valtakunnallinen, alueellinen ja paikallinen taso",
                "Nationellt, regionalt och lokalt",
                "National, regional and local level",
                "Ohjausryhmä, esimiestiimi ja valtakunnallinen koordinaattori.",
                "Styrgruppen, chefsteamet och den nationella koordinatorn.",
                "The steering group, the management team and the national coordinator.",
            ),
            (
                "line_manager",
                7,
                "Tiiminvetäjä, substanssiesihenkilö ja koordinoiva esihenkilö",
                "Gruppledaren/teamledaren, chef inom substansområdet, samordnande chef",
                "Team leader, line manager and coordinating manager",
                "",
                "",
                "",
            ),
        ],
    ),
    (
        (
            "Moniammatillinen yhteistyö ankkuritoiminnassa",
            "Multiprofessionellt samarbete inom ankarverksamheten",
            "Multi-professional cooperation in anchor work",
        ),
        [
            (
                "whole_team",
                14,
                "Tiimin sektorit sekä tiimin jäsenet, tehtävät ja toimintatavat",
                "Sektorerna inom teamet samt teamets medlemmar, uppgifter och verksamhetssätt",
                "The sectors in the team and the team's members, tasks and ways of working",
                "Jokainen asiantuntija esittelee oman alansa ja organisaationsa.",
                "Varje expert presenterar sin egen bransch och organisation.",
                "Every expert presents their own field and organisation.",
            ),
            (
                "team_leader",
                14,
                "Oma rooli ja tehtävät tiimissä ja toiminnassa",
                "Den egna rollen och uppgifterna i teamet och verksamheten",
                "Own role and tasks in the team and in the work",
                "",
                "",
                "",
            ),
            (
                "mentor",
                30,
                "Yhteistyökumppanit",
                "Samarbetspartner",
                "Partners",
                "Osallistu ankkurikahveille ja tutustu alueen palveluihin.",
                "Delta i ankarkaffet och bekanta dig med tjänsterna i området.",
                "Join the anchor coffee and get to know the services in the area.",
            ),
            (
                "team_leader",
                30,
                "Yhteisesti sovittu moniammatillinen toiminta",
                "Gemensamt överenskommen multiprofessionell verksamhet",
                "Multi-professional practice agreed together",
                "Yhteistyösopimus ja sen liitteet.",
                "Samarbetsavtalet och dess bilagor.",
                "The cooperation agreement and its appendices.",
            ),
        ],
    ),
    (
        (
            "Ankkuritoiminnan toteuttaminen",
            "Ankarverksamhetens genomförande",
            "Implementation of anchor work",
        ),
        [
            (
                "mentor",
                14,
                "Prosessi",
                "Process",
                "Process",
                "Ankkuri-ilmoituksesta jatko-ohjaukseen ja tilastointiin.",
                "Från ankaranmälan till hänvisning och statistik.",
                "From the anchor notification to onward referral and statistics.",
            ),
            (
                "mentor",
                14,
                "Kohderyhmät",
                "Målgrupper",
                "Target groups",
                "Väkivaltaisen radikalisoitumisen osalta ei ole ikärajaa.",
                "För våldsam radikalisering finns ingen åldersgräns.",
                "Violent radicalisation has no age limit.",
            ),
            (
                "mentor",
                21,
                "Tapaamiset",
                "Träffar",
                "Meetings",
                "Osallistu ensin tapaamisiin työparin kanssa.",
                "Delta först i träffar tillsammans med ditt arbetspar.",
                "Join meetings with your work pair first.",
            ),
        ],
    ),
    (
        ("Toimintatavat", "Verksamhetssätt", "Working practices"),
        [
            ("team_leader", 7, "Yhteistyö", "Samarbete", "Cooperation", "", "", ""),
            (
                "team_leader",
                3,
                "Ankkuritiimin jäsenenä toimiminen, pukeutuminen",
                "Arbete som medlem i ankarteamet, klädsel",
                "Working as a member of the anchor team, clothing",
                "",
                "",
                "",
            ),
            ("team_leader", 7, "Kokouskäytännöt", "Mötespraxis", "Meeting practice", "", "", ""),
            (
                "line_manager",
                30,
                "Työnohjaus ja täydennyskoulutus",
                "Arbetshandledning och fortbildning",
                "Supervision and further training",
                "Työnohjaus kuukausittain; mentori nimetään.",
                "Arbetshandledning varje månad; en mentor utses.",
                "Monthly supervision; a mentor is named.",
            ),
            (
                "line_manager",
                3,
                "Tietojärjestelmien käyttöoikeudet ja käyttö",
                "Användarrättigheter till och användning av informationssystem",
                "Access to and use of information systems",
                "Myös tilastorekisterin tunnukset.",
                "Även användarkonto till statistikregistret.",
                "Including an account for the statistics register.",
            ),
        ],
    ),
    (
        ("Lainsäädäntö ja ohjaus", "Lagstiftning och styrning", "Legislation and guidance"),
        [
            (
                "responsible_person",
                30,
                "Keskeinen lainsäädäntö ja ohjaavat asiakirjat",
                "Central lagstiftning och styrande dokument",
                "Key legislation and guiding documents",
                "Suorita verkkokurssi Lainsäädäntö ja tietojenvaihto.",
                "Gå webbkursen Lagstiftning och informationsutbyte.",
                "Take the online course Legislation and information exchange.",
            ),
            (
                "responsible_person",
                30,
                "Tietojenvaihto, salassapito ja vaitiolovelvollisuus",
                "Informationsutbyte, sekretess och tystnadsplikt",
                "Information exchange, secrecy and the duty of confidentiality",
                "",
                "",
                "",
            ),
        ],
    ),
]
