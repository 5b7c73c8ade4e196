// Every /keystatic address; the admin itself is rendered by ../layout.admin.tsx.
export default function AdminPage() {
  return null;
}
