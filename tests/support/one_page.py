"""The stories the one-page promise is measured with (issue 13: default points and a story
of about 120 words fit on one page), shared by the one-page tests, `scripts/page_counts.py`
and `scripts/paper_pictures.py`, so the README's figures and the tests measure one thing."""

from __future__ import annotations

from datetime import date

TODAY = date(2026, 11, 20)  # a fixed letter date, so line breaks do not move with the clock

STORY_120 = (  # 121 words
    "I coach a youth hockey team in Cheyenne, and every season I see how much of our kids' lives "
    "happens on their phones. Last winter one of my players, a thirteen-year-old, was contacted by "
    "a stranger through a gaming app who pressured him to send pictures. His parents found out "
    "only because he finally told me. The app's report went nowhere for weeks, and the account "
    "kept messaging other kids on the team. Families like ours need the companies that run these "
    "apps to answer for what happens on them, and investigators need reports they can act on "
    "quickly. Please do not let this bill die in committee. Our children cannot wait another year "
    "for it, and neither can their parents."
)

STORY_120_ES = (  # 122 words
    "Entreno a un equipo juvenil de hockey y cada temporada veo cuánto de la vida de nuestros "
    "chicos pasa en sus teléfonos. El invierno pasado, un desconocido contactó a uno de mis "
    "jugadores, de trece años, por una aplicación de juegos y lo presionó para que enviara "
    "fotos. Sus padres lo supieron solo porque al final me lo contó. La denuncia ante la "
    "aplicación no avanzó en semanas, y la cuenta siguió escribiendo a otros niños del equipo. "
    "Las familias necesitamos que las empresas dueñas de estas aplicaciones respondan por lo "
    "que ocurre en ellas, y los investigadores, reportes con los que actuar rápido. No deje que "
    "este proyecto de ley muera en el comité. Nuestros hijos no pueden esperar otro año."
)
