"""The token and the articles the service tests post (one set, shared by the GeoPackage and PostGIS tests)."""

TOKEN = "test-token-0123456789abcdef"
ARTICLES = [
    {"id": "a1", "date": "2022-09-14", "title": "Clash at Vorukh",
     "text": "Border guards exchanged fire near Vorukh on Wednesday, killing 3 people, officials in Bishkek said."},
    {"id": "a2", "date": "2022-09-15", "title": "Shelling in Ak-Sai",
     "text": "Shelling hit the village of Ak-Sai on Thursday. 5 residents were wounded, the Tajik border "
             "service said in Dushanbe."},
    {"id": "a3", "date": "2022-09-16", "title": "Vorukh again",
     "text": "Border guards exchanged fire near Vorukh on Wednesday, killing 4 people, a Kyrgyz official said."},
    {"id": "a4", "date": "2022-10-02", "title": "Protest",
     "text": "Residents of Kok-Tash blocked the road on Sunday in a protest over water, police said."},
    {"id": "a5", "date": "2022-10-20", "title": "Evacuation",
     "text": "Hundreds of people were evacuated from Arka after mortar fire on Tuesday, the emergency "
             "ministry said."},
]
