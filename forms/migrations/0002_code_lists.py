"""The register's code lists as data (handbook 2.3.6, table 5; appendix 10).

Codes are stable identifiers; labels can be edited and entries retired by the national
coordinator later. Sort order follows the order below.
"""

from django.db import migrations

# code list -> [(code, fi, sv, en, no_age_limit)]
CODE_LISTS = {
    "reason": [
        ("offence", "Rikos tai epäilty rikos", "Brott eller misstänkt brott",
         "Offence or suspected offence", False),
        ("substance_use", "Päihteiden käyttö", "Användning av rusmedel", "Substance use", False),
        ("violent_radicalisation", "Väkivaltainen radikalisoituminen", "Våldsam radikalisering",
         "Violent radicalisation", True),
        ("domestic_violence", "Lähisuhdeväkivalta", "Våld i nära relationer",
         "Domestic violence", False),
        ("school_problems", "Koulunkäynnin vaikeudet", "Svårigheter i skolgången",
         "Difficulties at school", False),
        ("support_need", "Muu moniammatillisen tuen tarve",
         "Annat behov av sektorsövergripande stöd", "Other multi-professional support need",
         False),
    ],
    "referral_source": [
        ("police", "Poliisi", "Polisen", "Police", False),
        ("social_services", "Sosiaalitoimi", "Socialväsendet", "Social services", False),
        ("child_welfare", "Lastensuojelu", "Barnskyddet", "Child welfare", False),
        ("school", "Koulu tai oppilaitos", "Skola eller läroanstalt",
         "School or educational institution", False),
        ("health_care", "Terveydenhuolto", "Hälsovården", "Health care", False),
        ("youth_services", "Nuorisopalvelut", "Ungdomstjänsterna", "Youth services", False),
        ("family", "Nuori itse tai perhe", "Den unga själv eller familjen",
         "The young person or the family", False),
        ("ngo", "Järjestö tai seurakunta", "Organisation eller församling", "NGO or parish",
         False),
        ("other", "Muu", "Annan", "Other", False),
    ],
    "offence": [
        ("assault", "Pahoinpitely", "Misshandel", "Assault", False),
        ("theft", "Varkaus tai näpistys", "Stöld eller snatteri", "Theft or shoplifting", False),
        ("criminal_damage", "Vahingonteko", "Skadegörelse", "Criminal damage", False),
        ("drugs", "Huumausainerikos", "Narkotikabrott", "Drug offence", False),
        ("robbery", "Ryöstö", "Rån", "Robbery", False),
        ("threat", "Laiton uhkaus", "Olaga hot", "Unlawful threat", False),
        ("sexual", "Seksuaalirikos", "Sexualbrott", "Sexual offence", False),
        ("traffic", "Liikennerikos", "Trafikbrott", "Traffic offence", False),
        ("other", "Muu rikos", "Annat brott", "Other offence", False),
    ],
    "assessment": [
        ("in_meeting", "Moniammatillisesti ankkuritapaamisessa",
         "Sektorsövergripande vid ankarträffen", "Multi-professionally in the anchor meeting",
         False),
        ("social_worker", "Sosiaalityöntekijän tekemänä", "Av en socialarbetare",
         "By a social worker", False),
        ("already_ongoing", "Arviointi oli jo käynnissä muualla",
         "Bedömningen pågick redan på annat håll", "Already under way elsewhere", False),
        ("referred", "Ohjattu palvelutarpeen arviointiin",
         "Hänvisad till bedömning av servicebehov", "Referred for an assessment", False),
        ("not_done", "Arviointia ei tehty", "Ingen bedömning gjordes", "No assessment", False),
    ],
    "onward_service": [
        ("child_welfare", "Lastensuojelu", "Barnskyddet", "Child welfare", False),
        ("social_services", "Sosiaalipalvelut", "Socialtjänster", "Social services", False),
        ("family_services", "Perhepalvelut", "Familjetjänster", "Family services", False),
        ("mental_health", "Mielenterveyspalvelut", "Mentalvårdstjänster",
         "Mental health services", False),
        ("substance_services", "Päihdepalvelut", "Missbrukartjänster",
         "Substance abuse services", False),
        ("student_welfare", "Oppilas- ja opiskelijahuolto", "Elev- och studerandevård",
         "Student welfare", False),
        ("health_care", "Terveydenhuolto", "Hälsovården", "Health care", False),
        ("youth_work", "Nuorisotyö", "Ungdomsarbetet", "Youth work", False),
        ("ohjaamo", "Ohjaamo", "Navigatorn", "Ohjaamo (Navigator)", False),
        ("victim_support", "Rikosuhripäivystys (RIKU)", "Brottsofferjouren (RIKU)",
         "Victim Support Finland (RIKU)", False),
        ("mediation", "Rikos- ja riita-asioiden sovittelu", "Medling i brottmål och tvister",
         "Mediation", False),
        ("exit", "Exit-toiminta", "Exit-verksamhet", "Exit programme", False),
        ("ngo", "Järjestö tai seurakunta", "Organisation eller församling", "NGO or parish",
         False),
        ("other", "Muu palvelu", "Annan tjänst", "Other service", False),
    ],
    "profession": [
        ("police", "Poliisi", "Polis", "Police officer", False),
        ("social", "Sosiaalityöntekijä tai -ohjaaja", "Socialarbetare eller -handledare",
         "Social worker", False),
        ("health", "Sairaanhoitaja tai terveydenhoitaja", "Sjukskötare eller hälsovårdare",
         "Nurse or health worker", False),
        ("youth", "Nuorisotyöntekijä", "Ungdomsarbetare", "Youth worker", False),
        ("other", "Muu asiantuntija", "Annan expert", "Other expert", False),
    ],
}


def load(apps, schema_editor):
    CodeEntry = apps.get_model("register", "CodeEntry")
    for code_list, entries in CODE_LISTS.items():
        for order, (code, fi, sv, en, no_age_limit) in enumerate(entries, start=1):
            CodeEntry.objects.update_or_create(
                code_list=code_list,
                code=code,
                defaults={
                    "label_fi": fi,
                    "label_sv": sv,
                    "label_en": en,
                    "no_age_limit": no_age_limit,
                    "sort_order": order * 10,
                },
            )


def unload(apps, schema_editor):
    apps.get_model("register", "CodeEntry").objects.filter(
        code_list__in=list(CODE_LISTS)
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("register", "0001_initial")]

    operations = [migrations.RunPython(load, unload)]
