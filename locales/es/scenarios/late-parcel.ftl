# El paquete con retraso — español.

late-parcel-title = El paquete con retraso
late-parcel-summary = La mensajería llega con dos días de retraso y un cliente indignado pide a los seguidores de tu página que no te compren.
late-parcel-brand = Kyma Home
late-parcel-brand-about = Cerámica artesanal y artículos para el hogar, con envíos a toda España desde nuestro taller de Talavera de la Reina.

late-parcel-briefing-situation = Gestionas la página de Facebook de Kyma Home, una pequeña tienda online. Los pedidos se empaquetan en el taller y se entregan a una empresa de mensajería que promete la entrega en un plazo de uno a tres días.
late-parcel-briefing-call = Javier Morales pidió un juego de cuencos el lunes. La mensajería lo recogió ese mismo día, pero al tercer día seguía sin llegar. Cuando llamaste a la mensajería, te dijeron que el paquete llegaría con dos días de retraso «por acumulación de trabajo». Llamaste a Javier para explicárselo; estaba molesto y te colgó.
late-parcel-briefing-post = Todavía no ha recibido el paquete y acaba de publicar en tu página. El hilo es público: todos tus seguidores pueden leerlo, aunque la mayoría nunca comentará.
late-parcel-briefing-task = Tienes cinco minutos de tiempo en la página. Responde, escribe por privado, lleva la conversación al teléfono o al correo, eleva el caso, pausa las publicaciones programadas: lo que consideres oportuno. El reloj corre, y cada queja que se queda esperando caldea más el ambiente.

late-parcel-customer = Javier Morales
late-parcel-onlooker-gift = Lucía Herrera
late-parcel-onlooker-sceptic = Sergio P.
late-parcel-onlooker-late = Marta Ruiz
late-parcel-supporter = Carmen Navarro
late-parcel-colleague = Elena (socia)

late-parcel-complaint = El lunes pedí un juego de cuencos a Kyma Home, "entrega en 1–3 días". Hoy es el cuarto día y nada. Cuando llamé, me dijeron que la mensajería está "saturada". Cero profesionalidad, y encima te tratan como si fueras tonto. Ahorraos el disgusto y no compréis aquí.
late-parcel-colleague-update = Acabo de volver a hablar con la mensajería: el paquete de Javier (pedido #4821) está en su almacén de Toledo y sale el jueves en el primer reparto, antes de las 12:00. Reconocen que el retraso es cosa suya, pero el cliente nos eligió a nosotros, no a ellos.
late-parcel-onlooker-asks-1 = ¿En serio? Iba a pedirles un regalo de boda para la semana que viene.
late-parcel-onlooker-asks-2 = Mmm, yo también tengo un pedido con ellos. ¿Debería preocuparme?
late-parcel-supporter-1 = Le he comprado tres veces a Kyma y siempre han sido un encanto. Ojalá te lleguen pronto los cuencos, Javier.
late-parcel-supporter-2 = Sinceramente, la tienda más maja en la que he pedido nunca. Las mensajerías últimamente son un desastre en todas partes.
late-parcel-customer-again = ¿Seguís sin decir nada? Eso lo dice todo. Lo leen todo y no contestan a nada.
late-parcel-pile-on-1 = A mi hermana le pasó lo mismo con otra tienda. El silencio es la peor respuesta.
late-parcel-pile-on-2 = Una página que se pasa el día vendiendo pero no es capaz de contestar a un cliente. Tomo nota.
late-parcel-pile-on-3 = ¿Más de una hora y la tienda sin responder? Queda fatal.
late-parcel-screenshot = Kyma Home acaba de BORRAR la queja de un cliente por un paquete con retraso. Menos mal que hice captura. Esto es lo que no quieren que leáis ⬇️
late-parcel-hidden-noticed = Qué curioso, ahora mi comentario está oculto para todos menos para mí. ¿Así es como gestionáis las críticas?
late-parcel-blocked-return = Mi amigo Javier se quejó de un paquete que llegaba tarde y Kyma Home lo ha bloqueado. Pensáoslo dos veces antes de pedirles nada.
late-parcel-customer-calmer = Vale. Gracias por contestar como es debido. Esperaré al jueves, pero por favor, solucionadlo.
late-parcel-customer-angrier = O sea, que la culpa es de todos menos vuestra. Increíble. No vuelvo a pediros nada nunca más.
late-parcel-promo = ✨ ¡Fin de semana flash! 20% de descuento en todas las piezas de cerámica hasta el domingo. ¡Entrega rápida hasta tu puerta!
late-parcel-promo-backlash = ¿"Entrega rápida"? Aquí arriba hay un cliente que lleva cuatro días esperando su paquete. Un poco de tacto, ¿no?
late-parcel-copycat = A ver, ¿entonces si me quejo en público a mí también me dais un vale? Mi pedido del mes pasado llegó un día tarde.

late-parcel-fact-delivery = El paquete está en el almacén de la mensajería en Toledo y se entregará el jueves antes de las 12:00.
late-parcel-fact-order = El número de pedido de Javier es el #4821.
late-parcel-fact-cause = La mensajería lo achacó a la acumulación de trabajo; pero la mensajería la eligió la tienda, así que el cliente solo ve a la tienda.
late-parcel-cues-delivery = jueves jue 12:00 mediodía almacén toledo
late-parcel-cues-order = 4821
late-parcel-cues-cause = mensajería mensajero transportista almacén

late-parcel-template-stock = Lamentamos las molestias ocasionadas.
late-parcel-template-looking = Gracias por tus comentarios. Nuestro equipo ya lo está revisando.
