/** The order for a session added to an agenda: one after the last, so it goes to the end. */
export function nextFreeOrder(orders: Iterable<number>): number {
  let highest = 0;
  for (const order of orders) if (Number.isInteger(order) && order > highest) highest = order;
  return highest + 1;
}
